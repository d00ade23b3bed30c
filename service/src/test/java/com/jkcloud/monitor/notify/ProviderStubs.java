package com.jkcloud.monitor.notify;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every {@code @QuarkusTest} shares the provider stub too, so the application still starts once. */
@WithTestResource(value = ProviderStubResource.class, scope = TestResourceScope.GLOBAL)
public final class ProviderStubs {
    private ProviderStubs() {
    }
}
