package com.jkcloud.monitor.notify;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** After each test of the class the shared provider stub answers every provider with success again. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ResetsProviderStub.Reset.class)
@interface ResetsProviderStub {

    final class Reset implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            ProviderStub.shared().reset();
        }
    }
}
