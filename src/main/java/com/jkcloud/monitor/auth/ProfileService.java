package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.auth.api.Profile;
import com.jkcloud.monitor.auth.api.ProfileChange;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The caller's own profile and notification settings. */
@ApplicationScoped
public class ProfileService {

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

    public Uni<Profile> change(ObjectId userId, ProfileChange change) {
        return existing(userId).flatMap(user -> {
            if (change.email() != null) {
                user.email = change.email().trim().toLowerCase(Locale.ROOT);
            }
            if (change.notifications() != null) {
                apply(change.notifications(), user.notifications);
            }
            user.updatedAt = clock.instant();
            return users.update(user);
        }).map(this::toProfile);
    }

    private Uni<User> existing(ObjectId userId) {
        return users.findById(userId).map(user -> {
            if (user == null) {
                throw new ApiException(ErrorCode.UNAUTHORIZED);
            }
            return user;
        });
    }

    private static void apply(ProfileChange.NotificationsChange change, NotificationSettings settings) {
        if (change.email() != null) {
            settings.email = change.email().isBlank() ? null : change.email().trim().toLowerCase(Locale.ROOT);
        }
        if (change.enabled() != null) {
            settings.enabled = change.enabled();
        }
        if (change.events() != null) {
            settings.events = change.events().isEmpty()
                    ? EnumSet.noneOf(NotificationSettings.EventType.class) : EnumSet.copyOf(change.events());
        }
        if (change.dailyReport() != null) {
            settings.dailyReport = change.dailyReport();
        }
        if (change.language() != null) {
            settings.language = change.language();
        }
        if (change.quietHours() != null) {
            settings.quietHours = quietHours(change.quietHours());
        }
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
