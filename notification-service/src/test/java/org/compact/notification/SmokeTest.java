package org.compact.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.compact.testsupport.ServiceSmokeTest;

@QuarkusTest
class SmokeTest extends ServiceSmokeTest {}
