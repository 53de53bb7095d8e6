package org.freelance.portal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.SystemPrincipal;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.InvitationIssued;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signs in end to end through a real OIDC provider (mock-oauth2-server, started before the Spring
 * context because the issuer is discovered at start) with the authorization code flow: browser
 * redirects, code exchange, ID token validation, then the portal's account linking.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInIT {

    static final String ISSUER_ID = "community-sso";
    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void oidcProvider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.sso.client-id", () -> "portal");
        registry.add(prefix + "registration.sso.client-secret", () -> "portal-secret");
        registry.add(prefix + "registration.sso.client-name", () -> "Community SSO");
        registry.add(prefix + "registration.sso.scope", () -> "openid,email,profile");
        registry.add(prefix + "provider.sso.issuer-uri", () -> provider.issuerUrl(ISSUER_ID).toString());
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CommunityService communities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationService invitations;

    TestFixtures fixtures;
    HttpClient browser;

    @BeforeEach
    void setUp() {
        fixtures = new TestFixtures(accounts, communities, jdbc);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page_which_offers_the_provider() throws Exception {
        HttpResponse<String> home = get(app("/"));
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void first_sign_in_with_verified_email_links_the_existing_account_and_opens_its_community() throws Exception {
        CommunityView community = fixtures.community("Sso");
        AccountView member = fixtures.member(community, Role.MEMBER);
        String subject = "sub-" + TestFixtures.unique();
        enqueueUser(subject, member.email(), true, "Marie Curie");

        String landing = signInThroughProvider();

        assertThat(landing).doesNotContain("login");
        Long linked = jdbc.sql("select user_id from oidc_identity where subject = :s").param("s", subject)
                .query(Long.class).single();
        assertThat(linked).isEqualTo(member.id());
        assertThat(get(app("/c/" + community.slug())).statusCode()).isEqualTo(200);
        assertThat(signInAuditLines(community.slug(), member.email())).isEqualTo(1);
    }

    @Test
    void newcomer_whose_invitation_link_was_only_shown_joins_after_signing_in_with_a_verified_email() throws Exception {
        CommunityView community = fixtures.community("Sso");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        String email = "invitee-" + TestFixtures.unique() + "@sso.example";
        InvitationIssued issued = fixtures.as(admin, community, () -> invitations.invite(email, EnumSet.of(Role.EXPERT)));
        assertThat(issued.mailed()).isFalse();
        assertThat(issued.inviteeCanSignIn()).isFalse();
        String token = issued.link().substring(issued.link().lastIndexOf('/') + 1);
        enqueueUser("sub-" + TestFixtures.unique(), email, true, "Nouvelle Venue");

        signInThroughProvider();

        assertThat(invitations.describe(token).accountHasCredentials()).isTrue();
        AccountView invitee = accounts.find(accounts.findForSignIn(email).orElseThrow().id()).orElseThrow();
        assertThat(invitee.displayName()).isEqualTo("Nouvelle Venue");
        assertThat(SystemPrincipal.callAs(invitee, () -> invitations.acceptAsCurrentUser(token)))
                .isEqualTo(community.slug());
        assertThat(get(app("/c/" + community.slug())).statusCode()).isEqualTo(200);
        assertThat(accounts.findForSignIn(email).orElseThrow().passwordHash()).isNull();
    }

    @Test
    void first_sign_in_of_a_stranger_creates_a_profile_without_membership() throws Exception {
        String email = "newcomer-" + TestFixtures.unique() + "@sso.example";
        enqueueUser("sub-" + TestFixtures.unique(), email, true, "New Comer");

        signInThroughProvider();

        Map<String, Object> account = jdbc.sql("select id, display_name from user_account where email = :e")
                .param("e", email).query().singleRow();
        assertThat(account.get("display_name")).isEqualTo("New Comer");
        Long memberships = jdbc.sql("select count(*) from membership where user_id = :id")
                .param("id", account.get("id")).query(Long.class).single();
        assertThat(memberships).isZero();
        assertThat(get(app("/")).statusCode()).isEqualTo(200);
    }

    @Test
    void unverified_email_of_an_existing_account_is_refused_with_a_message() throws Exception {
        CommunityView community = fixtures.community("Sso");
        AccountView member = fixtures.member(community, Role.MEMBER);
        enqueueUser("sub-" + TestFixtures.unique(), member.email(), false, "Impostor");

        String landing = signInThroughProvider();

        assertThat(landing).endsWith("/login?oidc-error=error.oidc.email-unverified");
        assertThat(get(app("/")).headers().firstValue("Location").orElse("")).endsWith("/login");
        Long identities = jdbc.sql("select count(*) from oidc_identity where user_id = :id")
                .param("id", member.id()).query(Long.class).single();
        assertThat(identities).isZero();
    }

    /** Follows the redirects a browser would follow; returns where the portal finally sends the user. */
    private String signInThroughProvider() throws Exception {
        String location = app("/oauth2/authorization/sso");
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = get(location);
            if (response.statusCode() != 302 && response.statusCode() != 303) {
                return location;
            }
            String next = response.headers().firstValue("Location").orElseThrow();
            next = URI.create(location).resolve(next).toString();
            if (next.startsWith(app("/")) && !next.contains("/oauth2/") && !next.contains("/login/oauth2/")) {
                return next;
            }
            location = next;
        }
        throw new AssertionError("too many redirects");
    }

    private void enqueueUser(String subject, String email, boolean verified, String name) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("portal"),
                Map.of("email", email, "email_verified", verified, "name", name), 3600));
    }

    private long signInAuditLines(String slug, String email) {
        return jdbc.sql("select count(*) from audit_event where tenant_id = :t and type = 'SIGNED_IN' and actor_email = :e")
                .param("t", slug).param("e", email).query(Long.class).single();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
