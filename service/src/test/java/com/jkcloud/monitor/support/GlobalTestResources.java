package com.jkcloud.monitor.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The store, the SMTP server and the OneThing simulator every {@code @QuarkusTest} shares, so the application starts once. */
@WithTestResource(value = MongoTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OneThingSimulatorResource.class, scope = TestResourceScope.GLOBAL)
public final class GlobalTestResources {
    private GlobalTestResources() {
    }
}
