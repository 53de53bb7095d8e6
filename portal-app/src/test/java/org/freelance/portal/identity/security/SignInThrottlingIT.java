package org.freelance.portal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Local sign-in through the real security filter chain: success, wrong password, and the lock after five failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo-data.enabled=true")
class SignInThrottlingIT {

    @Autowired WebApplicationContext context;
    @Autowired TestFixtures fixtures;
    @Autowired JdbcClient jdbc;

    MockMvc mvc;
    AccountView person;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        person = fixtures.person("throttle");
    }

    @Test
    void right_password_signs_in_and_wrong_one_is_refused() throws Exception {
        mvc.perform(formLogin("/login").user(person.email()).password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(person.email()).password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(failures()).isEqualTo(1);
    }

    @Test
    void fifth_failure_locks_the_account_even_for_the_right_password() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(person.email()).password("guess-" + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        Instant lockedUntil = lockedUntil();
        assertThat(lockedUntil).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
                Instant.now().plus(Duration.ofMinutes(16)));

        mvc.perform(formLogin("/login").user(person.email()).password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_success_resets_the_failure_count() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(person.email()).password("guess-" + attempt));
        }
        mvc.perform(formLogin("/login").user(person.email()).password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(failures()).isZero();
        assertThat(lockedUntil()).isNull();
    }

    @Test
    void unknown_email_is_refused_like_a_wrong_password() throws Exception {
        mvc.perform(formLogin("/login").user("nobody-" + TestFixtures.unique() + "@portal.test").password("x"))
                .andExpect(redirectedUrl("/login?error"));
    }

    private int failures() {
        return jdbc.sql("select failed_sign_ins from user_account where id = :id").param("id", person.id())
                .query(Integer.class).single();
    }

    private Instant lockedUntil() {
        Timestamp value = jdbc.sql("select locked_until from user_account where id = :id").param("id", person.id())
                .query(Timestamp.class).optional().orElse(null);
        return value == null ? null : value.toInstant();
    }
}
