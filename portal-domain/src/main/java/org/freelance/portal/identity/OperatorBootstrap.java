package org.freelance.portal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a platform with no operator yet, creates one from {@code PORTAL_OPERATOR_EMAIL} and
 * {@code PORTAL_OPERATOR_PASSWORD} so a production deployment can be administered from the start.
 */
@Component
@Order(10)
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final AccountService accounts;
    private final UserAccountRepository repository;
    private final Environment environment;

    OperatorBootstrap(AccountService accounts, UserAccountRepository repository, Environment environment) {
        this.accounts = accounts;
        this.repository = repository;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = environment.getProperty("portal.operator.email");
        String password = environment.getProperty("portal.operator.password");
        if (email == null || email.isBlank() || password == null || repository.existsByOperatorTrue()) {
            return;
        }
        accounts.createLocalAccount(email, "Operator", password, true);
        log.info("Created the first platform operator {}", email);
    }
}
