package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.auth.api.Profile;
import com.jkcloud.monitor.auth.api.ProfileChange;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.security.Roles;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The caller's own profile and notification settings. */
@ApplicationScoped
public class ProfileService {

    private static final String NOTIFICATIONS = "notifications.";

    private final UserRepository users;
    private final AdminUsernames adminUsernames;
    private final Clock clock;

    public ProfileService(UserRepository users, AdminUsernames adminUsernames, Clock clock) {
        this.users = users;
        this.adminUsernames = adminUsernames;
        this.clock = clock;
    }

    public Uni<Profile> profile(ObjectId userId) {
        return existing(userId).map(this::toProfile);
    }

    /** Sets only the fields the change names, so it never undoes a concurrent password change or lock. */
    public Uni<Profile> change(ObjectId userId, ProfileChange change) {
        List<Bson> fieldUpdates = new ArrayList<>();
        if (change.email() != null) {
            fieldUpdates.add(Updates.set("email", change.email().trim().toLowerCase(Locale.ROOT)));
        }
        if (change.notifications() != null) {
            fieldUpdates.addAll(notificationUpdates(change.notifications()));
        }
        return users.setFields(userId, fieldUpdates, clock.instant()).map(user -> {
            if (user == null) {
                throw new ApiException(ErrorCode.UNAUTHORIZED);
            }
            return toProfile(user);
        });
    }

    private Uni<User> existing(ObjectId userId) {
        return users.findById(userId).map(user -> {
            if (user == null) {
                throw new ApiException(ErrorCode.UNAUTHORIZED);
            }
            return user;
        });
    }

    private static List<Bson> notificationUpdates(ProfileChange.NotificationsChange change) {
        List<Bson> updates = new ArrayList<>();
        if (change.email() != null) {
            updates.add(change.email().isBlank() ? Updates.set(NOTIFICATIONS + "email", null)
                    : Updates.set(NOTIFICATIONS + "email", change.email().trim().toLowerCase(Locale.ROOT)));
        }
        if (change.enabled() != null) {
            updates.add(Updates.set(NOTIFICATIONS + "enabled", change.enabled()));
        }
        if (change.events() != null) {
            // Stored as the enum names, in a stable order, as the document codec writes them.
            updates.add(Updates.set(NOTIFICATIONS + "events",
                    new TreeSet<>(change.events()).stream().map(Enum::name).toList()));
        }
        if (change.dailyReport() != null) {
            updates.add(Updates.set(NOTIFICATIONS + "dailyReport", change.dailyReport()));
        }
        if (change.reports() != null) {
            if (change.reports().daily() != null) {
                updates.add(Updates.set(NOTIFICATIONS + "reports.daily", change.reports().daily()));
            }
            if (change.reports().weekly() != null) {
                updates.add(Updates.set(NOTIFICATIONS + "reports.weekly", change.reports().weekly()));
            }
            if (change.reports().monthly() != null) {
                updates.add(Updates.set(NOTIFICATIONS + "reports.monthly", change.reports().monthly()));
            }
        }
        if (change.appPush() != null) {
            updates.add(Updates.set(NOTIFICATIONS + "appPush", change.appPush()));
        }
        if (change.repeatEveryMinutes() != null) {
            updates.add(Updates.set(NOTIFICATIONS + "repeatEveryMinutes", repeatEveryMinutes(change.repeatEveryMinutes())));
        }
        if (change.language() != null) {
            updates.add(Updates.set(NOTIFICATIONS + "language", change.language()));
        }
        if (change.quietHours() != null) {
            NotificationSettings.QuietHours quietHours = quietHours(change.quietHours());
            updates.add(quietHours == null ? Updates.unset(NOTIFICATIONS + "quietHours")
                    : Updates.set(NOTIFICATIONS + "quietHours", new Document("start", quietHours.start)
                            .append("end", quietHours.end).append("timeZone", quietHours.timeZone)));
        }
        return updates;
    }

    /** Null turns reminders off; otherwise a whole number of minutes, 30–1440. */
    private static Integer repeatEveryMinutes(com.fasterxml.jackson.databind.JsonNode minutes) {
        if (minutes.isNull()) {
            return null;
        }
        if (!minutes.isIntegralNumber() || !minutes.canConvertToInt() || minutes.intValue() < 30 || minutes.intValue() > 1440) {
            throw ApiException.invalidField("notifications.repeatEveryMinutes", CommonMessage.INVALID_VALUE);
        }
        return minutes.intValue();
    }

    private static NotificationSettings.QuietHours quietHours(ProfileChange.QuietHoursChange change) {
        boolean off = isBlank(change.start()) && isBlank(change.end());
        if (off) {
            return null;
        }
        if (isBlank(change.start()) || isBlank(change.end())) {
            throw ApiException.invalidField(isBlank(change.start()) ? "notifications.quietHours.start"
                    : "notifications.quietHours.end", CommonMessage.FIELD_REQUIRED);
        }
        NotificationSettings.QuietHours quietHours = new NotificationSettings.QuietHours();
        quietHours.start = change.start();
        quietHours.end = change.end();
        if (!isBlank(change.timeZone())) {
            try {
                quietHours.timeZone = ZoneId.of(change.timeZone().trim()).getId();
            } catch (DateTimeException unknownZone) {
                throw ApiException.invalidField("notifications.quietHours.timeZone", CommonMessage.INVALID_VALUE);
            }
        }
        return quietHours;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private Profile toProfile(User user) {
        Set<String> roles = new TreeSet<>(Set.of(Roles.USER));
        if (adminUsernames.isAdmin(user.username)) {
            roles.add(Roles.ADMIN);
        }
        return new Profile(user.id.toHexString(), user.username, user.email, user.notifications, roles);
    }
}
