package org.freelance.portal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.testsupport.TestClock;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A sign-in ends after its absolute lifetime however active the person is, measured on an injected clock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "portal.demo-data.enabled=true", "portal.security.session-lifetime=12h" })
class SessionLifetimeIT {

    @Autowired WebApplicationContext context;
    @Autowired TestFixtures fixtures;
    /** The application's clock, moved by the test. */
    @Autowired TestClock clock;

    MockMvc mvc;
    AccountView person;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        person = fixtures.person("lifetime");
    }

    @Test
    void an_active_session_ends_twelve_hours_after_sign_in_and_sends_the_person_to_sign_in_again() throws Exception {
        MockHttpSession session = signIn();
        assertSignedIn(session);

        clock.add(Duration.ofHours(6));
        assertSignedIn(session);
        clock.add(Duration.ofHours(5).plusMinutes(59));
        assertSignedIn(session);

        clock.add(Duration.ofMinutes(1));
        mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_new_sign_in_starts_a_new_lifetime() throws Exception {
        MockHttpSession first = signIn();
        assertSignedIn(first);
        clock.add(Duration.ofHours(13));
        mvc.perform(get("/profile").session(first)).andExpect(redirectedUrl("/login?expired"));

        MockHttpSession second = signIn();
        assertSignedIn(second);
        clock.add(Duration.ofHours(11));
        assertSignedIn(second);
    }

    private MockHttpSession signIn() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(person.email()).password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A page that needs a signed-in person is served (forwarded to Vaadin), not redirected to sign-in. */
    private void assertSignedIn(MockHttpSession session) throws Exception {
        MvcResult page = mvc.perform(get("/profile").session(session)).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).as("redirect").isNull();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).as("signed-in context").isNotNull();
    }
}
