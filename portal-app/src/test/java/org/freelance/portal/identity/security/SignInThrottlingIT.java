package org.freelance.portal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.testsupport.TestClock;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Local sign-in through the real security filter chain: success, wrong password, and the lock after five failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo-data.enabled=true")
class SignInThrottlingIT {

    @Autowired WebApplicationContext context;
    @Autowired TestFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

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
        assertThat(lockedUntil).isBetween(clock.instant().plus(Duration.ofMinutes(14)),
                clock.instant().plus(Duration.ofMinutes(16)));

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

    @Test
    void parallel_wrong_passwords_are_all_counted_and_none_fails_with_an_error() throws Exception {
        List<AccountView> people = IntStream.range(0, 12).mapToObj(i -> fixtures.person("parallel")).toList();
        List<Callable<String>> attempts = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < people.size(); i++) {
                String email = people.get(i).email();
                String address = "10.1." + round + "." + i;
                attempts.add(() -> signIn(email, "wrong-password", address));
            }
        }
        List<String> outcomes = inParallel(attempts);

        assertThat(outcomes).hasSize(48).containsOnly("302 /login?error");
        for (AccountView person : people) {
            assertThat(failures(person)).as(person.email()).isEqualTo(4);
            assertThat(lockedUntil(person)).isNull();
        }
    }

    @Test
    void fifty_parallel_wrong_passwords_lock_the_account_without_any_error() throws Exception {
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String address = "10.2.0." + i;
            attempts.add(() -> signIn(person.email(), "guess-" + UUID.randomUUID(), address));
        }
        List<String> outcomes = inParallel(attempts);

        assertThat(outcomes).hasSize(50).containsOnly("302 /login?error");
        assertThat(lockedUntil(person)).isAfter(clock.instant().plus(Duration.ofMinutes(14)));
        mvc.perform(login(person.email(), TestFixtures.PASSWORD, "10.2.1.1")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void an_address_that_failed_too_often_is_refused_before_any_password_is_checked() throws Exception {
        String attacker = "10.3.0.7";
        List<AccountView> victims = IntStream.range(0, 5).mapToObj(i -> fixtures.person("victim")).toList();
        for (int i = 0; i < 20; i++) {
            mvc.perform(login(victims.get(i % 5).email(), "guess-" + i, attacker))
                    .andExpect(redirectedUrl("/login?error"));
        }
        int countedBefore = victims.stream().mapToInt(this::failures).sum();

        mvc.perform(login(victims.get(0).email(), "guess-21", attacker))
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(login(person.email(), TestFixtures.PASSWORD, attacker))
                .andExpect(redirectedUrl("/login?throttled"));

        assertThat(victims.stream().mapToInt(this::failures).sum()).isEqualTo(countedBefore);
        assertThat(victims).allSatisfy(victim -> assertThat(lockedUntil(victim)).isNull());
        mvc.perform(login(person.email(), TestFixtures.PASSWORD, "10.3.0.8")).andExpect(redirectedUrl("/"));
    }

    private String signIn(String email, String password, String address) throws Exception {
        MockHttpServletResponse response = mvc.perform(login(email, password, address)).andReturn().getResponse();
        return response.getStatus() + " " + response.getRedirectedUrl();
    }

    /** A sign-in POST as the login form sends it (with its CSRF token), from this client address. */
    private static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login").param("username", email).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static List<String> inParallel(List<Callable<String>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> attempt : attempts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return attempt.call();
                    } catch (Exception | AssertionError failure) {
                        return "error " + failure;
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private int failures(AccountView someone) {
        return jdbc.sql("select failed_sign_ins from user_account where id = :id").param("id", someone.id())
                .query(Integer.class).single();
    }

    private Instant lockedUntil(AccountView someone) {
        Timestamp value = jdbc.sql("select locked_until from user_account where id = :id").param("id", someone.id())
                .query(Timestamp.class).optional().orElse(null);
        return value == null ? null : value.toInstant();
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
