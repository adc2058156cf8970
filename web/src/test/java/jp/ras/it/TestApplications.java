package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.application.ApplicationPhoto;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;

/** Test-only seeding and look-ups for residence applications. */
@Stateless
@PermitAll
public class TestApplications {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A person on the organisation's roster whose period of stay ends on {@code expiry}. */
    public long addPerson(long organisationId, String cardNumber, String status, String period, LocalDate expiry) {
        RosterEntry entry = new RosterEntry(em.find(Organisation.class, organisationId), new ForeignNational(
                "TEST APPLICANT", null, "VNM", LocalDate.of(1992, 6, 15), Sex.FEMALE,
                ResidenceCardNumber.parse(cardNumber).orElseThrow(), "C7777777", status,
                period, expiry, "東京都港区港南2-2-2"), LocalDate.now(clock));
        em.persist(entry);
        em.flush();
        return entry.getId();
    }

    public String receiptNumber(long applicationId) {
        em.getEntityManagerFactory().getCache().evict(ResidenceApplication.class, applicationId);
        return em.find(ResidenceApplication.class, applicationId).getReceiptNumber();
    }

    public long count() {
        return em.createQuery("select count(a) from ResidenceApplication a", Long.class).getSingleResult();
    }

    public String photoType(long applicationId) {
        ApplicationPhoto photo = em.find(ApplicationPhoto.class, applicationId);
        return photo == null ? null : photo.getMediaType() + " " + photo.getWidth() + "x" + photo.getHeight();
    }

    /** A portrait 3:4 JPEG face photo of {@code width} × 4/3 width pixels (AP8). */
    public static byte[] photo(int width) {
        BufferedImage image = new BufferedImage(width, width * 4 / 3, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDDE6F0));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(new Color(0x8A6A50));
        g.fillOval(width / 4, width / 4, width / 2, width * 2 / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
