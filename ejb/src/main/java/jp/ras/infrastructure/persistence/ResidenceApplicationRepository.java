package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.ras.domain.model.application.ApplicationDocument;
import jp.ras.domain.model.application.ApplicationPhoto;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.EligibleStatus;
import jp.ras.domain.model.application.ReceiptCounter;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;

/** Residence applications, their photos, receipt counters and the eligibility table. */
@ApplicationScoped
public class ResidenceApplicationRepository {

    /** The provisional-number sequence's increment (V13). */
    static final int PROVISIONAL_BLOCK = 100;

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    private final Object provisionalLock = new Object();
    private long provisionalNext;
    private long provisionalEnd;

    public void add(ResidenceApplication application) {
        em.persist(application);
    }

    public void addPhoto(ApplicationPhoto photo) {
        em.persist(photo);
    }

    public void addDocument(ApplicationDocument document) {
        em.persist(document);
    }

    /** The documents of an application, without their contents, oldest first. */
    public List<ApplicationDocument> documentsOf(long applicationId) {
        return em.createQuery("select d from ApplicationDocument d where d.applicationId = :app order by d.id",
                ApplicationDocument.class).setParameter("app", applicationId).getResultList();
    }

    public long storedDocumentBytes(long applicationId) {
        Number sum = em.createQuery("select sum(d.sizeBytes) from ApplicationDocument d where d.applicationId = :app",
                Number.class).setParameter("app", applicationId).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    public Optional<ApplicationDocument> document(long applicationId, long documentId) {
        return Optional.ofNullable(em.find(ApplicationDocument.class, documentId))
                .filter(d -> d.getApplicationId() == applicationId);
    }

    public Optional<ApplicationPhoto> photo(long applicationId) {
        return Optional.ofNullable(em.find(ApplicationPhoto.class, applicationId));
    }

    public Optional<ResidenceApplication> find(long id) {
        return Optional.ofNullable(em.find(ResidenceApplication.class, id));
    }

    /** Issue 17: the application with this receipt number (RN2). */
    public Optional<ResidenceApplication> byReceiptNumber(jp.ras.domain.model.application.ReceiptNumber number) {
        return em.createQuery("select a from ResidenceApplication a where a.receiptNumber = :number",
                ResidenceApplication.class).setParameter("number", number).getResultStream().findFirst();
    }

    /** Issue 17: the application with this provisional receipt number (RN1). */
    public Optional<ResidenceApplication> byProvisionalNumber(String number) {
        return em.createQuery("select a from ResidenceApplication a where a.provisionalNumber = :number",
                ResidenceApplication.class).setParameter("number", number).getResultStream().findFirst();
    }

    /** The application only when it belongs to {@code organisation}: another's looks like none at all. */
    public Optional<ResidenceApplication> findOf(Organisation organisation, long id) {
        return find(id).filter(a -> a.getOrganisation().getId().equals(organisation.getId()));
    }

    /**
     * AP13: the undecided applications of a roster entry, read after locking the entry for this transaction, so
     * that two filings for one person at once (two sessions, two partitions of a bulk filing) take turns and the
     * second sees the first.
     */
    public List<ResidenceApplication> undecidedOfLocked(RosterEntry entry) {
        em.lock(entry, LockModeType.PESSIMISTIC_WRITE);
        return undecidedOf(entry);
    }

    /** AP13: the same, without the lock (the filing form's hint reads; only filing decides). */
    public List<ResidenceApplication> undecidedOf(RosterEntry entry) {
        return em.createQuery("select a from ResidenceApplication a where a.rosterEntry = :entry"
                        + " and a.status in :undecided", ResidenceApplication.class)
                .setParameter("entry", entry)
                .setParameter("undecided", Arrays.stream(ApplicationStatus.values())
                        .filter(ApplicationStatus::isUndecided).toList())
                .getResultList();
    }

    /** ST1: one page of an organisation's applications, newest first, paged in the database. */
    public List<ResidenceApplication> pageOf(Organisation organisation, ApplicationStatus status, int first, int size) {
        Where where = new Where().and("a.organisation = :org", "org", organisation)
                .and("a.status = :status", "status", status);
        return where.bind(em.createQuery("select a from ResidenceApplication a" + where.clause()
                        + " order by a.filedAt desc, a.id desc", ResidenceApplication.class))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countOf(Organisation organisation, ApplicationStatus status) {
        Where where = new Where().and("a.organisation = :org", "org", organisation)
                .and("a.status = :status", "status", status);
        return where.bind(em.createQuery("select count(a) from ResidenceApplication a" + where.clause(), Long.class))
                .getSingleResult();
    }

    /** RN2: applications accepted before {@code today} that have no receipt number yet, oldest first. */
    public List<ResidenceApplication> unnumberedBefore(LocalDate today) {
        return em.createQuery("select a from ResidenceApplication a where a.receiptNumber is null"
                        + " and a.acceptanceDate < :today order by a.filedAt, a.id", ResidenceApplication.class)
                .setParameter("today", today).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** RN2: the office's counter for the year, locked for this transaction; made on first use. */
    public ReceiptCounter counter(String officeCode, int year) {
        ReceiptCounter counter = em.find(ReceiptCounter.class, ReceiptCounter.key(officeCode, year),
                LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ReceiptCounter(officeCode, year);
            em.persist(counter);
        }
        return counter;
    }

    /**
     * RN1: the next provisional receipt number's sequence value. The sequence steps by {@value #PROVISIONAL_BLOCK}
     * (V13): each value it gives is a block of numbers this server hands out, so most filings need no query.
     */
    public long nextProvisional() {
        synchronized (provisionalLock) {
            if (provisionalNext == provisionalEnd) {
                provisionalNext = ((Number) em.createNativeQuery("select nextval('provisional_seq')")
                        .getSingleResult()).longValue();
                provisionalEnd = provisionalNext + PROVISIONAL_BLOCK;
            }
            return provisionalNext++;
        }
    }

    public List<EligibleStatus> eligibility() {
        return em.createQuery("select e from EligibleStatus e order by e.status", EligibleStatus.class)
                .getResultList();
    }

    public Optional<EligibleStatus> eligibleStatus(String status) {
        return Optional.ofNullable(em.find(EligibleStatus.class, status));
    }

    public void addEligibleStatus(EligibleStatus status) {
        em.persist(status);
    }

    /** The queue of an office, oldest first, paged in the database; {@code status} null for every status. */
    public List<ResidenceApplication> pageOfOffice(String officeCode, ApplicationStatus status, int first, int size) {
        Where where = new Where().and("a.office.code = :office", "office", officeCode)
                .and("a.status = :status", "status", status);
        return where.bind(em.createQuery("select a from ResidenceApplication a" + where.clause()
                        + " order by a.filedAt, a.id", ResidenceApplication.class))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countOfOffice(String officeCode, ApplicationStatus status) {
        Where where = new Where().and("a.office.code = :office", "office", officeCode)
                .and("a.status = :status", "status", status);
        return where.bind(em.createQuery("select count(a) from ResidenceApplication a" + where.clause(), Long.class))
                .getSingleResult();
    }

    /** ST2: the decided applications of an office in a period, for the processing-time figures. */
    public List<Object[]> decidedBetween(String officeCode, LocalDate from, LocalDate to) {
        return em.createQuery("select a.acceptanceDate, a.decidedOn from ResidenceApplication a"
                        + " where a.office.code = :office and a.decidedOn between :from and :to", Object[].class)
                .setParameter("office", officeCode).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public Optional<ResidenceApplication> findForUpdate(long id) {
        em.flush(); // a locking find reads the database: rows of this transaction must be there
        return Optional.ofNullable(em.find(ResidenceApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
