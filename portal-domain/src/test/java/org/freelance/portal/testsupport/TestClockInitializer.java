package org.freelance.portal.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registered in META-INF/spring.factories of the test classpath (the domain's tests, and the app's
 * through the domain's test-jar): every Spring test context gets a {@link TestClock} as its clock,
 * present before the configuration is read, so the portal's system clock (conditional on no other
 * clock) steps aside.
 */
public class TestClockInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestClock clock = new TestClock();
        if (System.getProperty(TestClock.START_PROPERTY) != null) {
            System.out.println("[test-clock] each test starts at " + clock.instant().atZone(TestClock.PARIS));
        }
        context.getBeanFactory().registerSingleton("testClock", clock);
    }
}
