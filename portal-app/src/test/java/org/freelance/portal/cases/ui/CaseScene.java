package org.freelance.portal.cases.ui;

import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseSamples;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.CommunityScene;
import org.freelance.portal.testsupport.TestFixtures;

/**
 * A community of its own for one case test, with a freelancer, an expert and a mediator whose names
 * say their part ("Person freelance"...), and cases prepared through the real {@link CaseService}.
 */
final class CaseScene extends CommunityScene {

    final AccountView freelancer;
    final AccountView expert;
    final AccountView mediator;
    private final CaseService cases;

    CaseScene(TestFixtures fixtures, CaseService cases) {
        super(fixtures, "Cases", CaseListView.PAGE);
        this.cases = cases;
        freelancer = person("freelance", Role.MEMBER);
        expert = person("expert", Role.EXPERT);
        mediator = person("mediator", Role.MEDIATOR);
    }

    Long draft(CaseIntake intake) {
        return as(freelancer, () -> cases.createDraft(intake));
    }

    Long submitted(CaseIntake intake) {
        Long id = draft(intake);
        as(freelancer, () -> cases.submit(id));
        return id;
    }

    Long submitted(String title) {
        return submitted(intake(title));
    }

    /** Submitted by the freelancer and taken by the expert, who declared no conflict. */
    Long taken(String title) {
        Long id = submitted(title);
        as(expert, () -> cases.take(id, false, "Aucun lien avec Alpha Conseil"));
        return id;
    }

    /** A complete intake, ready to submit (see {@link CaseSamples}). */
    static CaseIntake intake(String title) {
        return CaseSamples.intake(title);
    }

    static CaseIntake intake(String title, ProblemCategory category, Urgency urgency) {
        return CaseSamples.intake(title, category, urgency);
    }
}
