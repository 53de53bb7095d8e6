package org.freelance.portal.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseEnums.VettingAnswer;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.review.ReviewEnums.Pricing;

/**
 * What the freelancer types at intake: the client and how it was vetted, the mission and its scope,
 * the problem. A draft may be incomplete; submitting checks it.
 */
public record CaseIntake(String title, Client client, Map<VettingItem, Vetting> vetting, Mission mission,
        Scoping scoping, Problem problem) {

    public CaseIntake {
        client = client == null ? Client.EMPTY : client;
        vetting = vetting == null ? Map.of() : Map.copyOf(vetting);
        mission = mission == null ? Mission.EMPTY : mission;
        scoping = scoping == null ? Scoping.EMPTY : scoping;
        problem = problem == null ? Problem.EMPTY : problem;
    }

    public static final CaseIntake EMPTY = new CaseIntake(null, null, null, null, null, null);

    public record Client(String name, String identifier, String address, List<Contact> contacts) {
        static final Client EMPTY = new Client(null, null, null, List.of());

        public Client {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }
    }

    public record Contact(String name, String role, String email, String phone) {
    }

    public record Vetting(VettingAnswer answer, String note) {
    }

    /** @param reviewRequestId a review request of the same member holding the contract, if any */
    public record Mission(String object, LocalDate start, LocalDate end, Pricing pricing, BigDecimal amount,
            Long reviewRequestId) {
        static final Mission EMPTY = new Mission(null, null, null, null, null, null);
    }

    public record Scoping(String objectives, List<Phase> phases, String roles, String outOfScope) {
        static final Scoping EMPTY = new Scoping(null, List.of(), null, null);

        public Scoping {
            phases = phases == null ? List.of() : List.copyOf(phases);
        }
    }

    public record Phase(String name, LocalDate deadline) {
    }

    public record Problem(ProblemCategory category, String description, String desiredOutcome, Urgency urgency) {
        static final Problem EMPTY = new Problem(null, null, null, null);
    }
}
