package org.freelance.portal.knowledge;

import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.SearchIndexMaintenance;
import org.freelance.portal.base.Texts;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseService.LessonSource;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeEnums.ModerationAction;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleReview;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleSummary;
import org.freelance.portal.knowledge.KnowledgeViews.FieldReview;
import org.freelance.portal.knowledge.KnowledgeViews.ModerationLine;
import org.freelance.portal.knowledge.KnowledgeViews.PartyView;
import org.freelance.portal.knowledge.KnowledgeViews.PublishedArticle;
import org.freelance.portal.knowledge.KnowledgeViews.ReplacementView;
import org.freelance.portal.knowledge.pseudonym.EntityKind;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.knowledge.pseudonym.Leak;
import org.freelance.portal.knowledge.pseudonym.LeakGuard;
import org.freelance.portal.knowledge.pseudonym.PartyRole;
import org.freelance.portal.knowledge.pseudonym.Pseudonymiser;
import org.freelance.portal.knowledge.pseudonym.PseudonymisedText;
import org.freelance.portal.knowledge.pseudonym.Replacement;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberDirectory;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Membership;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lessons learned. An author (the lead of a closed case, or an expert, mediator or admin writing
 * from scratch) drafts; submitting runs the pseudonymiser; a community admin reviews every
 * replacement (keeps, undoes, adds, picks aliases) and publishes, which the leak guard refuses while
 * a known party remains. The author's text is visible to the author and the admins only; members
 * read the published, pseudonymised text. Every step is in the moderation log.
 */
@Service
@Transactional
public class KnowledgeService {

    private final ArticleRepository articles;
    private final ArticlePartyRepository parties;
    private final ArticleReplacementRepository replacements;
    private final ModerationEventRepository moderation;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final CaseService cases;
    private final ApplicationEventPublisher events;
    private final SharedCatalogue catalogue;
    private final SearchIndexMaintenance index;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final Clock clock;
    private final Pseudonymiser pseudonymiser = new Pseudonymiser();
    private final LeakGuard leakGuard = new LeakGuard();

    KnowledgeService(ArticleRepository articles, ArticlePartyRepository parties,
            ArticleReplacementRepository replacements, ModerationEventRepository moderation, TenantAccess access,
            CurrentUser currentUser, MemberService members, CaseService cases, ApplicationEventPublisher events,
            SharedCatalogue catalogue, SearchIndexMaintenance index,
            org.springframework.transaction.support.TransactionTemplate transactions, Clock clock) {
        this.articles = articles;
        this.parties = parties;
        this.replacements = replacements;
        this.moderation = moderation;
        this.access = access;
        this.currentUser = currentUser;
        this.members = members;
        this.cases = cases;
        this.events = events;
        this.catalogue = catalogue;
        this.index = index;
        this.transactions = transactions;
        this.clock = clock;
    }

    // --- drafting (the author) ------------------------------------------------------------------------

    /** A draft written from scratch; experts, mediators and admins. Only lengths are enforced on drafts. */
    public Long create(ArticleDraft draft) {
        access.requireRole(Role.EXPERT, Role.MEDIATOR, Role.ADMIN);
        Article article = articles.save(new Article(currentUser.requireId(), null, clock.instant()));
        store(article, draft);
        log(article, ModerationAction.CREATED, null);
        return article.getId();
    }

    /**
     * A draft prefilled from a closed case (its lead only: others get "not found"; an open case is
     * {@code error.kb.case-not-closed}): the story, how it ended, and the case's parties for the
     * pseudonymiser.
     */
    public Long draftFromCase(Long caseId) {
        LessonSource source = cases.lessonSource(caseId);
        Article article = articles.save(new Article(currentUser.requireId(), caseId, clock.instant()));
        store(article, fromCase(source));
        log(article, ModerationAction.CREATED, null);
        return article.getId();
    }

    /** Saves the draft as typed; its author only, while it is a draft ({@code error.kb.not-a-draft}). */
    public void save(Long articleId, ArticleDraft draft) {
        Article article = requireAuthor(articleId);
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw new PortalException("error.kb.not-a-draft");
        }
        store(article, draft);
    }

    /**
     * Sends the draft to the community's admins after checking it is complete ({@code error.kb.title},
     * {@code error.kb.what-happened}, {@code error.kb.next-time}) and runs the pseudonymiser on it.
     */
    public void submit(Long articleId) {
        Article article = requireAuthor(articleId);
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw new PortalException("error.kb.not-a-draft");
        }
        if (Texts.isBlank(article.text(Field.TITLE))) {
            throw new PortalException("error.kb.title");
        }
        if (Texts.isBlank(article.text(Field.WHAT_HAPPENED))) {
            throw new PortalException("error.kb.what-happened");
        }
        if (Texts.isBlank(article.text(Field.NEXT_TIME))) {
            throw new PortalException("error.kb.next-time");
        }
        pseudonymise(article, Map.of());
        article.moveTo(ArticleStatus.IN_REVIEW, clock.instant());
        log(article, ModerationAction.SUBMITTED, null);
        MemberDirectory directory = members.directoryByUser();
        List<Long> admins = directory.members().stream()
                .filter(m -> m.hasRole(Role.ADMIN) && !m.userId().equals(article.getAuthorId()))
                .map(MemberSummary::userId).toList();
        events.publishEvent(new ArticleSubmitted(article.tenantId(), article.getId(), article.text(Field.TITLE),
                directory.nameOf(article.getAuthorId()), admins));
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> mine() {
        access.requireMember();
        MemberDirectory directory = members.directoryByUser();
        return articles.findAllByAuthorIdOrderByUpdatedAtDesc(currentUser.requireId()).stream()
                .map(a -> summary(a, directory)).toList();
    }

    // --- review and publication (community admins) ------------------------------------------------------

    /** Articles waiting for review, newest first; admins. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> reviewQueue() {
        access.requireRole(Role.ADMIN);
        MemberDirectory directory = members.directoryByUser();
        return articles.findAllByStatusOrderByUpdatedAtDesc(ArticleStatus.IN_REVIEW).stream()
                .map(a -> summary(a, directory)).toList();
    }

    /**
     * The article with its author's text, every replacement, the previews and leaks; its author, and
     * admins once it has been submitted (a draft is "not found" to them).
     */
    @Transactional(readOnly = true)
    public ArticleReview review(Long articleId) {
        Article article = requireAuthorOrAdmin(articleId);
        MemberDirectory directory = members.directoryByUser();
        List<ArticleParty> partyRows = parties.findAllByArticleIdOrderByPositionAsc(articleId);
        List<KnownParty> known = partyRows.stream().map(ArticleParty::toKnownParty).toList();
        Map<Field, List<ArticleReplacement>> byField = replacementsByField(articleId);
        Map<Field, FieldReview> fields = new EnumMap<>(Field.class);
        boolean publishable = article.getStatus() == ArticleStatus.IN_REVIEW;
        for (Field field : Field.values()) {
            String original = article.text(field) == null ? "" : article.text(field);
            List<ArticleReplacement> rows = byField.getOrDefault(field, List.of());
            String preview = render(original, rows);
            List<String> leaks = leakGuard.find(preview, known).stream().map(Leak::found).distinct().toList();
            publishable &= leaks.isEmpty();
            fields.put(field, new FieldReview(field, original, rows.stream().map(KnowledgeService::view).toList(),
                    preview, leaks));
        }
        boolean admin = isAdmin();
        return new ArticleReview(article.getId(), article.getStatus(), article.getScope(), article.getSourceCaseId(),
                directory.nameOf(article.getAuthorId()), draftOf(article, known),
                partyRows.stream().map(p -> new PartyView(p.getId(), p.toKnownParty())).toList(), fields,
                publishable && admin, log(articleId, directory),
                article.getStatus() == ArticleStatus.DRAFT && article.getAuthorId().equals(currentUser.requireId()),
                admin && article.getStatus() == ArticleStatus.IN_REVIEW);
    }

    /** Keeps or undoes one replacement; admins, while the article is in review. */
    public void keep(Long replacementId, boolean keep) {
        ArticleReplacement replacement = replacements.findById(replacementId).orElseThrow(NotFoundException::new);
        requireInReview(replacement.getArticleId());
        replacement.keep(keep);
    }

    /**
     * Adds a replacement the pseudonymiser missed, on {@code [start, end)} of a field's text
     * ({@code error.kb.span} when outside it or overlapping another kept replacement).
     */
    public void addReplacement(Long articleId, Field field, int start, int end, String replacement) {
        Article article = requireInReview(articleId);
        String text = article.text(field);
        String with = Texts.limit(replacement, 300);
        if (text == null || start < 0 || end <= start || end > text.length() || with == null) {
            throw new PortalException("error.kb.span");
        }
        boolean overlaps = replacementsByField(articleId).getOrDefault(field, List.of()).stream()
                .anyMatch(r -> r.isKept() && r.getStart() < end && r.getEnd() > start);
        if (overlaps) {
            throw new PortalException("error.kb.span");
        }
        replacements.save(new ArticleReplacement(articleId, field,
                new Replacement(start, end, text.substring(start, end), with, EntityKind.PERSON), true));
    }

    /**
     * Gives a party the alias the reviewer picked ("Vector") and runs the pseudonymiser again; undone
     * replacements stay undone and added ones stay. Admins, in review.
     */
    public void alias(Long partyId, String alias) {
        ArticleParty party = parties.findById(partyId).orElseThrow(NotFoundException::new);
        Article article = requireInReview(party.getArticleId());
        party.alias(Texts.limit(alias, 100));
        Map<String, Boolean> decisions = new java.util.HashMap<>();
        for (ArticleReplacement r : replacements.findAllByArticleIdOrderByFieldAscStartAsc(article.getId())) {
            if (!r.isManual() && !r.isKept()) {
                decisions.put(r.getField() + ":" + r.getStart() + ":" + r.getEnd(), false);
            }
        }
        pseudonymise(article, decisions);
    }

    /**
     * Publishes the reviewed text for this community or the shared catalogue; admins. Refused while a
     * known party (or a close variant) remains: {@code error.kb.leak} names the first one.
     */
    public void publish(Long articleId, Scope scope) {
        Article article = requireInReview(articleId);
        List<KnownParty> known = parties.findAllByArticleIdOrderByPositionAsc(articleId).stream()
                .map(ArticleParty::toKnownParty).toList();
        Map<Field, List<ArticleReplacement>> byField = replacementsByField(articleId);
        Map<Field, String> texts = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            String original = article.text(field) == null ? "" : article.text(field);
            String rendered = render(original, byField.getOrDefault(field, List.of()));
            List<Leak> leaks = leakGuard.find(rendered, known);
            if (!leaks.isEmpty()) {
                throw new PortalException("error.kb.leak", leaks.getFirst().found());
            }
            texts.put(field, rendered.isEmpty() ? null : rendered);
        }
        article.publish(scope == null ? Scope.COMMUNITY : scope, texts, clock.instant());
        log(article, ModerationAction.PUBLISHED, scope == null ? Scope.COMMUNITY.name() : scope.name());
        String community = article.tenantId();
        if (article.getScope() == Scope.SHARED) {
            PublishedArticle copy = publishedView(article);
            afterCommit(() -> catalogue.publish(community, copy));
        } else {
            afterCommit(() -> catalogue.withdraw(community, articleId));
        }
        events.publishEvent(new ArticlePublished(article.tenantId(), article.getId(), texts.get(Field.TITLE),
                article.getAuthorId()));
    }

    /** Sends an article in review back to its author with a note ({@code error.kb.note-required}); admins. */
    public void returnToAuthor(Long articleId, String note) {
        Article article = requireInReview(articleId);
        String why = Texts.bounded(note, MAX_NOTE_CHARS);
        if (why == null) {
            throw new PortalException("error.kb.note-required");
        }
        replacements.deleteAllByArticleId(articleId);
        article.moveTo(ArticleStatus.DRAFT, clock.instant());
        log(article, ModerationAction.RETURNED, why);
        events.publishEvent(new ArticleReturned(article.tenantId(), article.getId(), article.text(Field.TITLE),
                article.getAuthorId()));
    }

    /** Takes a published article out of the knowledge base, with a reason; admins. */
    public void retire(Long articleId, String note) {
        access.requireRole(Role.ADMIN);
        Article article = articles.findById(articleId).orElseThrow(NotFoundException::new);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new PortalException("error.kb.not-published");
        }
        String why = Texts.bounded(note, MAX_NOTE_CHARS);
        if (why == null) {
            throw new PortalException("error.kb.note-required");
        }
        article.moveTo(ArticleStatus.RETIRED, clock.instant());
        log(article, ModerationAction.RETIRED, why);
        String community = article.tenantId();
        afterCommit(() -> catalogue.withdraw(community, articleId));
    }

    /**
     * Rebuilds this community's search index (articles, audit log...) and waits for it; community
     * admins. Its progress is readable meanwhile with {@link #indexProgress()}. Returns the time taken.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long rebuildIndex() {
        String community = requireAdminCommunity();
        return index.rebuild(Set.of(community));
    }

    public SearchIndexMaintenance.Progress indexProgress() {
        requireAdminCommunity();
        return index.progress();
    }

    private String requireAdminCommunity() {
        return transactions.execute(status -> access.requireRole(Role.ADMIN).tenantId());
    }

    // --- reading (members) --------------------------------------------------------------------------

    /** A published article of this community, pseudonymised; any member. Drafts and retired ones: not found. */
    @Transactional(readOnly = true)
    public PublishedArticle published(Long articleId) {
        access.requireMember();
        Article article = articles.findById(articleId).orElseThrow(NotFoundException::new);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new NotFoundException();
        }
        return publishedView(article);
    }

    /** An article of the shared catalogue (every community's members may read it). */
    @Transactional(readOnly = true)
    public PublishedArticle shared(Long entryId) {
        access.requireMember();
        return catalogue.get(entryId);
    }

    // --- internals ------------------------------------------------------------------------------------

    private void store(Article article, ArticleDraft draft) {
        ArticleDraft clean = clean(draft == null ? new ArticleDraft(null, null, null, null, null, null, null, null,
                null, null, null) : draft);
        article.apply(clean, clock.instant());
        parties.deleteAllByArticleId(article.getId());
        parties.flush();
        int position = 0;
        for (KnownParty party : clean.parties()) {
            parties.save(new ArticleParty(article.getId(), position++, party));
        }
    }

    private static PublishedArticle publishedView(Article article) {
        return new PublishedArticle(article.getId(), article.published(Field.TITLE), article.published(Field.CONTEXT),
                article.published(Field.WHAT_HAPPENED), article.published(Field.WHAT_WORKED),
                article.publishedChecklist(),
                article.getCategories(), article.getOutcome(), article.getDurationMonths(), article.getSector(),
                article.getYear(), article.getScope(), article.getPublishedAt());
    }

    /** The catalogue has its own transactions: it changes only once the community's change is committed. */
    private static void afterCommit(Runnable work) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    /** Earliest and latest year a lesson learned may be about, and its longest duration in months. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_MONTHS = 600;
    /** The longest texts of a lesson learned and of a reviewer's note ({@code error.text.too-long}); the views' maxLength. */
    public static final int MAX_TITLE_CHARS = 300;
    public static final int MAX_CONTEXT_CHARS = 20_000;
    public static final int MAX_STORY_CHARS = 200_000;
    public static final int MAX_WHAT_WORKED_CHARS = 100_000;
    public static final int MAX_NEXT_TIME_CHARS = 20_000;
    public static final int MAX_NOTE_CHARS = 4000;

    /**
     * Lengths are cut to what the columns hold; a year or a duration out of range is refused
     * ({@code error.kb.year}, {@code error.kb.duration}) rather than dropped, so nothing typed is lost.
     */
    static ArticleDraft clean(ArticleDraft d) {
        Integer year = d.year();
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new PortalException("error.kb.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        Integer months = d.durationMonths();
        if (months != null && (months < 0 || months > MAX_MONTHS)) {
            throw new PortalException("error.kb.duration", String.valueOf(MAX_MONTHS));
        }
        List<KnownParty> known = d.parties().stream()
                .filter(p -> p != null && !Texts.isBlank(p.name()))
                .map(p -> new KnownParty(p.role() == null ? PartyRole.OTHER : p.role(), Texts.limit(p.name(), 200),
                        p.organisation(), p.emails().stream().map(e -> Texts.limit(e, 254)).filter(e -> e != null).toList(),
                        p.phones().stream().map(e -> Texts.limit(e, 40)).filter(e -> e != null).toList(),
                        Texts.limit(p.alias(), 100)))
                .limit(50).toList();
        return new ArticleDraft(Texts.bounded(d.title(), MAX_TITLE_CHARS), Texts.bounded(d.context(), MAX_CONTEXT_CHARS),
                Texts.bounded(d.whatHappened(), MAX_STORY_CHARS), Texts.bounded(d.whatWorked(), MAX_WHAT_WORKED_CHARS),
                Texts.bounded(d.nextTime(), MAX_NEXT_TIME_CHARS), d.categories(), d.outcome(), months, d.sector(), year,
                known);
    }

    /** (Re)computes the automatic replacements of every field in one session, so pseudonyms agree across fields. */
    private void pseudonymise(Article article, Map<String, Boolean> undone) {
        List<ArticleReplacement> manual = replacements.findAllByArticleIdOrderByFieldAscStartAsc(article.getId())
                .stream().filter(ArticleReplacement::isManual).toList();
        replacements.findAllByArticleIdOrderByFieldAscStartAsc(article.getId()).stream()
                .filter(r -> !r.isManual()).forEach(replacements::delete);
        replacements.flush();
        List<KnownParty> known = parties.findAllByArticleIdOrderByPositionAsc(article.getId()).stream()
                .map(ArticleParty::toKnownParty).toList();
        Pseudonymiser.Session session = pseudonymiser.session(known);
        for (Field field : Field.values()) {
            String text = article.text(field);
            if (text == null || text.isEmpty()) {
                continue;
            }
            PseudonymisedText result = session.apply(text);
            for (Replacement r : result.replacements()) {
                boolean coveredByManual = manual.stream().anyMatch(m -> m.getField() == field && m.isKept()
                        && m.getStart() < r.end() && m.getEnd() > r.start());
                if (coveredByManual) {
                    continue;
                }
                ArticleReplacement row = new ArticleReplacement(article.getId(), field, r, false);
                if (undone.containsKey(field + ":" + r.start() + ":" + r.end())) {
                    row.keep(false);
                }
                replacements.save(row);
            }
        }
    }

    private Map<Field, List<ArticleReplacement>> replacementsByField(Long articleId) {
        Map<Field, List<ArticleReplacement>> byField = new EnumMap<>(Field.class);
        for (ArticleReplacement r : replacements.findAllByArticleIdOrderByFieldAscStartAsc(articleId)) {
            byField.computeIfAbsent(r.getField(), k -> new ArrayList<>()).add(r);
        }
        return byField;
    }

    private static String render(String original, List<ArticleReplacement> rows) {
        return Pseudonymiser.render(original, rows.stream().filter(ArticleReplacement::isKept)
                .map(ArticleReplacement::toReplacement).toList());
    }

    private static ReplacementView view(ArticleReplacement r) {
        return new ReplacementView(r.getId(), r.getField(), r.getStart(), r.getEnd(), r.getOriginal(),
                r.getReplacement(), r.getKind(), r.isManual(), r.isKept());
    }

    private ArticleDraft fromCase(LessonSource source) {
        CaseIntake intake = source.intake();
        List<KnownParty> known = new ArrayList<>();
        if (!Texts.isBlank(intake.client().name())) {
            known.add(KnownParty.organisation(PartyRole.CLIENT, intake.client().name()));
        }
        for (CaseIntake.Contact contact : intake.client().contacts()) {
            if (!Texts.isBlank(contact.name())) {
                known.add(new KnownParty(PartyRole.CLIENT_CONTACT, contact.name(), false,
                        contact.email() == null ? List.of() : List.of(contact.email()),
                        contact.phone() == null ? List.of() : List.of(contact.phone()), null));
            }
        }
        if (!Texts.isBlank(source.freelancerName())) {
            known.add(KnownParty.person(PartyRole.FREELANCER, source.freelancerName()));
        }
        StringBuilder context = new StringBuilder();
        if (intake.mission().object() != null) {
            context.append(intake.mission().object());
        }
        if (intake.scoping().objectives() != null) {
            context.append(context.isEmpty() ? "" : "\n\n").append(intake.scoping().objectives());
        }
        Set<ClauseCategory> categories = categoriesOf(intake.problem().category());
        Outcome outcome = source.ending() == null ? null : switch (source.ending()) {
            case RESOLVED -> Outcome.AGREEMENT;
            case ESCALATED -> Outcome.LITIGATION;
            case WITHDRAWN -> Outcome.WITHDRAWN;
            default -> null;
        };
        ZoneId zone = clock.getZone();
        int months = (int) Math.max(0, ChronoUnit.MONTHS.between(source.openedAt().atZone(zone),
                source.closedAt().atZone(zone)));
        return new ArticleDraft(intake.title(), context.toString(), intake.problem().description(),
                source.endingReason(), null, categories, outcome, months, null,
                source.openedAt().atZone(zone).getYear(), known);
    }

    /** The clause categories a kind of dispute usually involves, as a starting point for the author. */
    static Set<ClauseCategory> categoriesOf(org.freelance.portal.cases.CaseEnums.ProblemCategory problem) {
        if (problem == null) {
            return Set.of();
        }
        return switch (problem) {
            case LATE_PAYMENT -> EnumSet.of(ClauseCategory.PAYMENT_TERMS, ClauseCategory.LATE_PAYMENT_PENALTIES);
            case SCOPE_CHANGE -> EnumSet.of(ClauseCategory.OBJECT_SCOPE, ClauseCategory.UNILATERAL_CHANGE);
            case UNILATERAL_CHANGE_OF_DIRECTION -> EnumSet.of(ClauseCategory.UNILATERAL_CHANGE);
            case TERMINATION -> EnumSet.of(ClauseCategory.TERMINATION_NOTICE);
            case UNBALANCED_CONTRACT, RELATIONSHIP_BREAKDOWN, OTHER -> EnumSet.noneOf(ClauseCategory.class);
        };
    }

    private ArticleDraft draftOf(Article a, List<KnownParty> known) {
        return new ArticleDraft(a.text(Field.TITLE), a.text(Field.CONTEXT), a.text(Field.WHAT_HAPPENED),
                a.text(Field.WHAT_WORKED), a.text(Field.NEXT_TIME), a.getCategories(), a.getOutcome(),
                a.getDurationMonths(), a.getSector(), a.getYear(), known);
    }

    private void log(Article article, ModerationAction action, String note) {
        moderation.save(new ModerationEvent(article.getId(), currentUser.requireId(), action, note, clock.instant()));
    }

    private List<ModerationLine> log(Long articleId, MemberDirectory directory) {
        return moderation.findAllByArticleIdOrderByAtAscIdAsc(articleId).stream()
                .map(e -> new ModerationLine(directory.nameOf(e.getActorId()), e.getAction(), e.getNote(), e.getAt()))
                .toList();
    }

    private ArticleSummary summary(Article a, MemberDirectory directory) {
        return new ArticleSummary(a.getId(), a.text(Field.TITLE), a.getStatus(), a.getScope(),
                directory.nameOf(a.getAuthorId()), a.getUpdatedAt());
    }

    private Article requireAuthor(Long articleId) {
        access.requireMember();
        Article article = articleId == null ? null : articles.findById(articleId).orElse(null);
        if (article == null || !article.getAuthorId().equals(currentUser.requireId())) {
            throw new NotFoundException();
        }
        return article;
    }

    /**
     * The author at any time; an admin only once the author has submitted it: a draft (from a case,
     * or sent back) may still hold the case's names and story, which stay with the author.
     */
    private Article requireAuthorOrAdmin(Long articleId) {
        access.requireMember();
        Article article = articleId == null ? null : articles.findById(articleId).orElse(null);
        if (article == null) {
            throw new NotFoundException();
        }
        boolean author = article.getAuthorId().equals(currentUser.requireId());
        if (!author && (article.getStatus() == ArticleStatus.DRAFT || !isAdmin())) {
            throw new NotFoundException();
        }
        return article;
    }

    private Article requireInReview(Long articleId) {
        access.requireRole(Role.ADMIN);
        Article article = articles.findById(articleId).orElseThrow(NotFoundException::new);
        if (article.getStatus() != ArticleStatus.IN_REVIEW) {
            throw new PortalException("error.kb.not-in-review");
        }
        return article;
    }

    private boolean isAdmin() {
        Membership me = access.requireMember();
        return me.hasAnyRole(Set.of(Role.ADMIN));
    }


}
