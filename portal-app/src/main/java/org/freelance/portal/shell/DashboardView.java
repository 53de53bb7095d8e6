package org.freelance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.QueueFilter;
import org.freelance.portal.cases.ui.CaseListView;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.knowledge.KnowledgeSearch;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.ui.KnowledgeSearchView;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestSummary;
import org.freelance.portal.review.ui.ReviewListView;
import org.freelance.portal.tenant.AuditEntry;
import org.freelance.portal.tenant.AuditService;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.AuditLogView;
import org.freelance.portal.tenant.ui.CommunityContext;
import org.freelance.portal.tenant.ui.MembersView;

/**
 * A community's home for the signed-in member: one panel per role they hold there, each saying what
 * to do next when there is nothing yet.
 */
@Route("c/:slug")
@SideMenuEntry(label = "nav.dashboard", icon = VaadinIcon.DASHBOARD, order = 10)
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final MemberService members;
    private final InvitationService invitations;
    private final AuditService audit;
    private final AccountService accounts;
    private final ReviewService reviews;
    private final CaseService cases;
    private final KnowledgeSearch knowledgeSearch;
    private final KnowledgeService knowledge;
    private String title = "";

    public DashboardView(CommunityService communities, MemberService members, InvitationService invitations,
            AuditService audit, AccountService accounts, ReviewService reviews, CaseService cases,
            KnowledgeSearch knowledgeSearch, KnowledgeService knowledge) {
        this.communities = communities;
        this.members = members;
        this.invitations = invitations;
        this.audit = audit;
        this.accounts = accounts;
        this.reviews = reviews;
        this.cases = cases;
        this.knowledgeSearch = knowledgeSearch;
        this.knowledge = knowledge;
        addClassName("portal-page");
        setId("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CommunityView community = communities.current();
        MemberView me = members.me();
        title = community.name();
        String roles = me.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));
        add(new H2(getTranslation("dashboard.greeting", accounts.me().displayName())),
                new Paragraph(getTranslation("dashboard.intro", community.name(), roles)));
        if (community.description() != null && !community.description().isBlank()) {
            Paragraph description = new Paragraph(community.description());
            description.addClassName("portal-muted");
            add(description);
        }
        FlexLayout panels = new FlexLayout();
        panels.addClassName("portal-panels");
        panels.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        String slug = community.slug();
        if (me.roles().contains(Role.MEMBER)) {
            panels.add(listPanel("dashboard.member.reviews", reviewLines(reviews.mine(), slug),
                    "dashboard.member.reviews.empty", new Anchor(CommunityContext.path(slug, ReviewListView.PAGE + "/new"),
                            getTranslation("dashboard.member.reviews.new"))));
            panels.add(listPanel("dashboard.member.cases", cases.mine().stream().map(c -> new Line(
                    (c.title() == null ? getTranslation("case.untitled") : c.title()) + " · "
                            + getTranslation("case.casestatus." + c.status().name()),
                    CommunityContext.path(slug, CaseListView.PAGE + "/" + c.id()
                            + (c.status() == CaseStatus.DRAFT ? "/edit" : "")))).toList(),
                    "dashboard.member.cases.empty", new Anchor(CommunityContext.path(slug, CaseListView.PAGE + "/new"),
                            getTranslation("dashboard.member.cases.new"))));
        }
        if (me.roles().contains(Role.EXPERT)) {
            panels.add(listPanel("dashboard.expert.queue", reviewLines(reviews.queue(), slug),
                    "dashboard.expert.queue.empty", null));
        }
        if (me.roles().contains(Role.EXPERT) || me.roles().contains(Role.MEDIATOR)) {
            panels.add(listPanel("dashboard.involved", cases.involved().stream().map(c -> new Line(
                    (c.title() == null ? getTranslation("case.untitled") : c.title()) + " · "
                            + getTranslation("case.casestatus." + c.status().name()),
                    CommunityContext.path(slug, CaseListView.PAGE + "/" + c.id()))).toList(),
                    "dashboard.involved.empty", null));
            panels.add(listPanel("dashboard.mediator.queue", cases.queue(QueueFilter.ANY).stream().map(q -> new Line(
                    q.title() + " · " + q.clientName() + " · " + getTranslation("case.urgency." + q.urgency().name()),
                    CommunityContext.path(slug, CaseListView.PAGE + "/queue"))).toList(),
                    "dashboard.mediator.queue.empty", null));
        }
        // every member: the newest lessons learned of the community
        panels.add(listPanel("dashboard.knowledge", knowledgeSearch.search(new KnowledgeSearch.Query(null, Set.of(),
                        null, null, null, KnowledgeSearch.Sort.NEWEST, 0, 5)).hits().stream()
                .map(h -> new Line(h.title() == null ? getTranslation("kb.untitled") : h.title(),
                        CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/" + h.id()))).toList(),
                "dashboard.knowledge.empty", new Anchor(CommunityContext.path(slug, KnowledgeSearchView.PAGE),
                        getTranslation("dashboard.knowledge.link"))));
        if (me.roles().contains(Role.ADMIN)) {
            panels.add(listPanel("dashboard.admin.knowledge", knowledge.reviewQueue().stream()
                    .map(a -> new Line((a.title() == null || a.title().isBlank() ? getTranslation("kb.untitled")
                            : a.title()) + " · " + a.authorName(),
                            CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/review/" + a.id()))).toList(),
                    "dashboard.admin.knowledge.empty", null));
            panels.add(adminMembersPanel(community.slug()), adminAuditPanel(community.slug()));
        }
        add(panels);
    }

    private Div panel(String titleKey, Component... content) {
        Div panel = new Div(new H3(getTranslation(titleKey)));
        panel.add(content);
        panel.addClassName("portal-panel");
        return panel;
    }

    private record Line(String text, String path) {
    }

    private List<Line> reviewLines(List<RequestSummary> requests, String slug) {
        return requests.stream().map(r -> new Line(r.title() + " · " + r.clientName(),
                CommunityContext.path(slug, ReviewListView.PAGE + "/" + r.id()))).toList();
    }

    /** A panel listing at most five lines, a helpful empty state, and an optional way to start something. */
    private Div listPanel(String titleKey, List<Line> lines, String emptyKey, Anchor offer) {
        Div list = new Div();
        list.setId(titleKey.replace('.', '-'));
        if (lines.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("portal-empty");
            list.add(empty);
        }
        lines.stream().limit(5).forEach(l -> list.add(new Div(new Anchor(l.path(), l.text()))));
        Div panel = panel(titleKey, list);
        if (offer != null) {
            panel.add(offer);
        }
        return panel;
    }

    private Div adminMembersPanel(String slug) {
        long count = members.count();
        int pending = invitations.pending().size();
        Span figures = new Span(getTranslation("dashboard.admin.members.figures", count, pending));
        Anchor manage = new Anchor(CommunityContext.path(slug, MembersView.PAGE),
                getTranslation("dashboard.admin.members.link"));
        return panel("dashboard.admin.members", new Paragraph(figures), manage);
    }

    private Div adminAuditPanel(String slug) {
        List<AuditEntry> recent = audit.recent(5);
        Div list = new Div();
        if (recent.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("dashboard.admin.audit.empty"));
            empty.addClassName("portal-empty");
            list.add(empty);
        }
        for (AuditEntry entry : recent) {
            list.add(new Paragraph(Formats.dateTime(entry.occurredAt()) + " · "
                    + getTranslation("audit.type." + entry.type().name()) + " · "
                    + (entry.actorName() == null ? "" : entry.actorName())));
        }
        Anchor all = new Anchor(CommunityContext.path(slug, AuditLogView.PAGE),
                getTranslation("dashboard.admin.audit.link"));
        return panel("dashboard.admin.audit", list, all);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("app.name") : title + " · " + getTranslation("app.name");
    }
}
