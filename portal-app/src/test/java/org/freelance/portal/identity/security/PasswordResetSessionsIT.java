package org.freelance.portal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.Locale;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.testsupport.MailOutbox;
import org.freelance.portal.testsupport.MailOutboxConfiguration;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A password reset ends every session the person had open, and leaves other people's alone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo-data.enabled=true")
@Import(MailOutboxConfiguration.class)
class PasswordResetSessionsIT {

    @Autowired WebApplicationContext context;
    @Autowired TestFixtures fixtures;
    @Autowired AccountService accounts;
    @Autowired MailOutbox mailOutbox;

    @Test
    void resetting_the_password_ends_the_persons_other_sessions() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        AccountView person = fixtures.person("sessions");
        AccountView someoneElse = fixtures.person("bystander");
        MockHttpSession laptop = signIn(mvc, person);
        MockHttpSession phone = signIn(mvc, person);
        MockHttpSession other = signIn(mvc, someoneElse);

        accounts.requestPasswordReset(person.email(), Locale.FRENCH);
        String link = mailOutbox.awaitLinkTo(person.email(), "/password-reset/", Duration.ofSeconds(10)).orElseThrow();
        accounts.resetPassword(link.substring(link.lastIndexOf('/') + 1), "a-brand-new-passphrase");

        mvc.perform(get("/profile").session(laptop)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/profile").session(phone)).andExpect(redirectedUrl("/login?expired"));
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        MvcResult stillIn = mvc.perform(get("/profile").session(other)).andReturn();
        assertThat(stillIn.getResponse().getRedirectedUrl()).isNull();
        assertThat(other.getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
    }

    private static MockHttpSession signIn(MockMvc mvc, AccountView person) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(person.email()).password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
