package com.jkcloud.monitor.monitor.mail;

import com.jkcloud.monitor.common.i18n.Language;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;

/** The monitor's mail texts in one language: the bundle for subjects and labels, a template instance for bodies. */
@ApplicationScoped
public class MonitorMailTexts {

    private final MonitorMailMessages chinese;
    private final MonitorMailMessages english;

    public MonitorMailTexts(MonitorMailMessages chinese, @Localized("en") MonitorMailMessages english) {
        this.chinese = chinese;
        this.english = english;
    }

    public MonitorMailMessages in(Language language) {
        return language == Language.EN ? english : chinese;
    }

    /** The locale picks the bundle the template's {@code monitorMail:} expressions read. */
    public static TemplateInstance body(Template template, Language language) {
        return template.instance().setLocale(language.locale()).data("lang", language.tag());
    }
}
