package jp.ras.it;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.List;

/**
 * Test-only: what the database holds for one mail address of {@link UsageRequestIT}, straight from the tables:
 * {@code requests waiting payloads documents applications accounts id reference} on one line. With
 * {@code lapse=true} the waiting requests to that address are first made 25 hours old (their link lapsed).
 */
@WebServlet("/it/usage")
public class UsageRequestProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String mail = request.getParameter("mail");
        if ("true".equals(request.getParameter("lapse"))) {
            try {
                transaction.begin();
                em.createNativeQuery("update usage_request set created_at = created_at - interval '25' hour,"
                        + " expires_at = expires_at - interval '25' hour where mail = ?1").setParameter(1, mail)
                        .executeUpdate();
                transaction.commit();
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
        long requests = count("select count(*) from usage_request where mail = ?1", mail);
        long waiting = count("select count(*) from usage_request where mail = ?1 and confirmed_at is null", mail);
        long payloads = count("select count(*) from usage_request where mail = ?1 and payload_enc is not null", mail);
        long documents = count("select count(*) from usage_request where mail = ?1 and document is not null", mail);
        long applications = count("select count(*) from usage_application where applicant_mail = ?1", mail);
        long accounts = count("select count(*) from user_account where mail_address = ?1", mail);
        List<?> latest = em.createNativeQuery("select id, reference_number from usage_application"
                + " where applicant_mail = ?1 order by id desc").setParameter(1, mail).setMaxResults(1)
                .getResultList();
        String id = latest.isEmpty() ? "-" : String.valueOf(((Object[]) latest.get(0))[0]);
        String reference = latest.isEmpty() ? "-" : String.valueOf(((Object[]) latest.get(0))[1]);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().print(requests + " " + waiting + " " + payloads + " " + documents + " " + applications
                + " " + accounts + " " + id + " " + reference);
    }

    private long count(String sql, String mail) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, mail).getSingleResult()).longValue();
    }
}
