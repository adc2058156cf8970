package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.SuspensionCause;
import jp.ras.domain.model.report.PeriodicReportState;

/** Organisations, their rosters and the regional offices. */
@ApplicationScoped
public class OrganisationRepository {

    /** Search results are capped; the screen asks for a narrower search beyond this. */
    public static final int SEARCH_LIMIT = 200;

    /** Card numbers looked up by one query (well below the bind-parameter limits of PostgreSQL and H2). */
    static final int CARDS_PER_QUERY = 500;

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    /** The organisation, locked for the rest of the transaction so concurrent changes queue up (PR1). */
    public Optional<Organisation> findForUpdate(long id) {
        em.flush(); // a locking find reads the database: rows of this transaction must be there
        return Optional.ofNullable(em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks the row of an organisation read in this transaction, for the rest of it. */
    public void lock(Organisation organisation) {
        em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The lowest and highest organisation id, both 0 when there is none. */
    public record IdRange(long min, long max) {
    }

    public IdRange idRange() {
        Object[] row = em.createQuery("select min(o.id), max(o.id) from Organisation o", Object[].class)
                .getSingleResult();
        return row[0] == null ? new IdRange(0, 0) : new IdRange((Long) row[0], (Long) row[1]);
    }

    /** Organisations by id, in order of id, in one query. */
    public List<Organisation> byIds(Collection<Long> ids) {
        return em.createQuery("select o from Organisation o where o.id in :ids order by o.id", Organisation.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Organisations by id, in order of id, in one query, each locked for the rest of the transaction. */
    public List<Organisation> byIdsForUpdate(Collection<Long> ids) {
        return em.createQuery("select o from Organisation o where o.id in :ids order by o.id", Organisation.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * PR5, PR7: ids, in order, above {@code after} and up to {@code upTo}, of active organisations past their expiry
     * on {@code today} and of organisations suspended for expiry that are valid again.
     */
    public List<Long> sweepCandidates(LocalDate today, long after, long upTo, int max) {
        return em.createQuery("select o.id from Organisation o where o.id > :after and o.id <= :upTo"
                        + " and ((o.state = :active and o.validUntil < :today)"
                        + " or (o.state = :suspended and o.suspensionCause = :expiry and o.validUntil >= :today))"
                        + " order by o.id", Long.class)
                .setParameter("after", after).setParameter("upTo", upTo).setParameter("today", today)
                .setParameter("active", OrganisationState.ACTIVE)
                .setParameter("suspended", OrganisationState.SUSPENDED)
                .setParameter("expiry", SuspensionCause.EXPIRY)
                .setMaxResults(max).getResultList();
    }

    /**
     * PR2: ids, in order, above {@code after}, of active organisations whose expiry is from {@code from} to
     * {@code until} (both inclusive) and that have filed no report of this cycle, or only a denied one.
     */
    public List<Long> expiringWithoutReport(LocalDate from, LocalDate until, long after, int max) {
        return em.createQuery("select o.id from Organisation o where o.id > :after and o.state = :active"
                        + " and o.validUntil >= :today and o.validUntil <= :until"
                        + " and not exists (select r.id from PeriodicReport r where r.organisation = o"
                        + " and r.cycleExpiry = o.validUntil and r.state <> :denied)"
                        + " order by o.id", Long.class)
                .setParameter("after", after).setParameter("active", OrganisationState.ACTIVE)
                .setParameter("today", from).setParameter("until", until)
                .setParameter("denied", PeriodicReportState.DENIED)
                .setMaxResults(max).getResultList();
    }

    public void add(Organisation organisation) {
        em.persist(organisation);
    }

    /** Columns the organisation search may be sorted by (issue 15: sorted and paged in the database). */
    public enum SearchSort { NAME, CORPORATE_NUMBER, STATE, VALID_UNTIL }

    /** One page of the search, sorted in the database. */
    public List<Organisation> searchPage(String text, String officeCode, OrganisationState state, int first, int max,
            SearchSort sort, boolean ascending) {
        Where where = searchWhere(text, officeCode, state);
        String column = switch (sort == null ? SearchSort.NAME : sort) {
            case NAME -> "o.name";
            case CORPORATE_NUMBER -> "o.corporateNumber";
            case STATE -> "o.state";
            case VALID_UNTIL -> "o.validUntil";
        };
        String direction = ascending ? " asc" : " desc";
        return where.bind(em.createQuery("select o from Organisation o join fetch o.office" + where.clause()
                        + " order by " + column + direction + ", o.id" + direction, Organisation.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultList();
    }

    public long searchCount(String text, String officeCode, OrganisationState state) {
        Where where = searchWhere(text, officeCode, state);
        return where.bind(em.createQuery("select count(o) from Organisation o" + where.clause(), Long.class))
                .getSingleResult();
    }

    /**
     * The name or a part of the corporate number. The number is a converted attribute, so a text parameter is not
     * compared with it directly (EclipseLink would run it through {@code CorporateNumber.Column}): the cast makes
     * the column text, which {@code like} takes.
     */
    private static final String CONTAINS_TEXT =
            "(lower(o.name) like :like or cast(o.corporateNumber as varchar(13)) like :like)";

    private static Where searchWhere(String text, String officeCode, OrganisationState state) {
        return new Where()
                .and(CONTAINS_TEXT, "like", Where.contains(text))
                .and("o.office.code = :office", "office", officeCode)
                .and("o.state = :state", "state", state);
    }

    public List<Organisation> search(String text, String officeCode, OrganisationState state) {
        Where where = new Where()
                .and(CONTAINS_TEXT, "like", Where.contains(text))
                .and("o.office.code = :office", "office", officeCode)
                .and("o.state = :state", "state", state);
        return where.bind(em.createQuery("select o from Organisation o join fetch o.office" + where.clause()
                        + " order by o.name", Organisation.class))
                .setMaxResults(SEARCH_LIMIT)
                .getResultList();
    }

    public List<RosterEntry> roster(Organisation organisation, boolean currentOnly) {
        return em.createQuery("select r from RosterEntry r where r.organisation = :org"
                        + (currentOnly ? " and r.removedOn is null" : "")
                        + " order by r.removedOn nulls first, r.person.nameRoman", RosterEntry.class)
                .setParameter("org", organisation)
                .getResultList();
    }

    public Optional<RosterEntry> rosterEntry(Organisation organisation, long entryId) {
        return Optional.ofNullable(em.find(RosterEntry.class, entryId))
                .filter(r -> r.getOrganisation().getId().equals(organisation.getId()));
    }

    /** The person with this residence card number on the organisation's current roster, found by its keyed hash. */
    public Optional<RosterEntry> currentRosterEntryByCard(Organisation organisation, String cardNumber) {
        return Optional.ofNullable(currentRosterEntriesByCard(organisation, List.of(cardNumber))
                .get(ResidenceCardNumber.normalise(cardNumber)));
    }

    /**
     * The persons with these residence card numbers on the organisation's current roster, by normalised card number,
     * in one query per {@value #CARDS_PER_QUERY} numbers (B2: a bulk filing looks up a chunk's rows at once).
     */
    public Map<String, RosterEntry> currentRosterEntriesByCard(Organisation organisation,
            Collection<String> cardNumbers) {
        Map<String, String> byHash = new HashMap<>();
        for (String cardNumber : cardNumbers) {
            ResidenceCardNumber.parse(cardNumber).ifPresent(number -> byHash.put(number.lookupHash(), number.value()));
        }
        List<String> hashes = new ArrayList<>(byHash.keySet());
        Map<String, RosterEntry> found = new HashMap<>();
        for (int from = 0; from < hashes.size(); from += CARDS_PER_QUERY) {
            em.createQuery("select r from RosterEntry r where r.organisation = :org and r.cardNumberHash in :hashes"
                            + " and r.removedOn is null", RosterEntry.class)
                    .setParameter("org", organisation)
                    .setParameter("hashes", hashes.subList(from, Math.min(hashes.size(), from + CARDS_PER_QUERY)))
                    .getResultStream()
                    .filter(r -> r.getPerson().getCardNumber().equals(byHash.get(r.getCardNumberHash())))
                    .forEach(r -> found.putIfAbsent(r.getPerson().getCardNumber(), r));
        }
        return found;
    }

    public void addRosterEntry(RosterEntry entry) {
        em.persist(entry);
    }

    public Optional<RegionalOffice> office(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(RegionalOffice.class, code));
    }

    /**
     * The regional offices: reference data that only migrations change, so the entities come from EclipseLink's
     * shared cache. (Its query-results cache is not used: keyed by each new query object, it grew with every
     * filing and the look-ups took two thirds of the CPU under load — measured in bench/.) In the agency's order
     * (issue 15).
     */
    public List<RegionalOffice> offices() {
        return em.createQuery("select o from RegionalOffice o", RegionalOffice.class).getResultList().stream()
                .sorted(RegionalOffice.IN_AGENCY_ORDER).toList();
    }

    /** UA2: the office that accepts usage applications from this prefecture. */
    public Optional<RegionalOffice> officeWithJurisdiction(String prefecture) {
        return offices().stream().filter(o -> o.isAcceptsUsageApplications() && o.hasJurisdictionOver(prefecture))
                .findFirst();
    }

    /**
     * The office with jurisdiction over an address in Japan that starts with its prefecture, if any. Every filing
     * asks (a bulk filing once per row): the offices' prefectures are read once, the office itself comes from the
     * shared cache, so no query runs (a query per filing was 40 % of a bulk filing's time in bench/bulk).
     */
    public Optional<RegionalOffice> officeForAddress(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String text = address.strip();
        return jurisdictions().stream().filter(j -> j.prefectures().stream().anyMatch(text::startsWith)).findFirst()
                .map(j -> em.find(RegionalOffice.class, j.code()));
    }

    /** The prefectures of each office that accepts usage applications, in {@link #offices()} order. */
    private record Jurisdiction(String code, List<String> prefectures) {
    }

    private volatile List<Jurisdiction> jurisdictions;

    private List<Jurisdiction> jurisdictions() {
        List<Jurisdiction> known = jurisdictions;
        if (known == null) {
            known = offices().stream().filter(RegionalOffice::isAcceptsUsageApplications)
                    .map(o -> new Jurisdiction(o.getCode(), List.copyOf(o.getPrefectures()))).toList();
            jurisdictions = known;
        }
        return known;
    }
}
