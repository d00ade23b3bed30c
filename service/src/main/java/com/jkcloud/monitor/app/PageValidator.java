package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.DiscoveryPage;
import com.jkcloud.monitor.app.api.PageAction;
import com.jkcloud.monitor.app.api.PageItem;
import com.jkcloud.monitor.common.api.ApiException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Bean Validation can't say: every uid (items and actions alike) appears once per page, because
 * badges are cleared by action uid and the app keys its views by item uid.
 */
final class PageValidator {

    private final Set<String> seen = new HashSet<>();

    private PageValidator() {
    }

    static void check(DiscoveryPage page) {
        PageValidator validator = new PageValidator();
        validator.items("header", page.header());
        validator.items("items", page.items());
        if (page.footer() != null) {
            validator.item("footer", page.footer());
        }
    }

    static void check(List<List<PageItem>> groups) {
        PageValidator validator = new PageValidator();
        for (int group = 0; group < groups.size(); group++) {
            validator.items("[" + group + "]", groups.get(group));
        }
    }

    private void items(String path, List<PageItem> items) {
        for (int index = 0; index < items.size(); index++) {
            item(path + "[" + index + "]", items.get(index));
        }
    }

    private void item(String path, PageItem item) {
        unique(path + ".uid", item.uid());
        if (item.actions() == null) {
            return;
        }
        for (int index = 0; index < item.actions().size(); index++) {
            PageAction action = item.actions().get(index);
            unique(path + ".actions[" + index + "].uid", action.uid());
        }
    }

    private void unique(String field, String uid) {
        if (!seen.add(uid)) {
            throw ApiException.invalidField(field, AppMessage.DUPLICATE_UID);
        }
    }
}
