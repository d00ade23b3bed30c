package com.jkcloud.monitor.notify;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points every notification and push provider's base URL at the shared {@link ProviderStub}. */
public class ProviderStubResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        ProviderStub stub;
        try {
            stub = ProviderStub.start();
        } catch (Exception failed) {
            throw new IllegalStateException("The provider stub did not start", failed);
        }
        return Map.of(
                "monitor.notify.serverchan.url", stub.url("/serverchan"),
                "monitor.notify.pushplus.url", stub.url("/pushplus"),
                "monitor.notify.wecom.url", stub.url("/wecom"),
                "monitor.notify.dingtalk.url", stub.url("/dingtalk"),
                "monitor.notify.feishu.url", stub.url("/feishu"),
                "monitor.notify.telegram.url", stub.url("/telegram"),
                "monitor.notify.bark.url", stub.url("/bark"),
                "monitor.push.jpush.url", stub.url("/jpush"),
                "monitor.push.mipush.url", stub.url("/mipush"));
    }

    @Override
    public void stop() {
        if (ProviderStub.shared() != null) {
            ProviderStub.shared().close();
        }
    }
}
