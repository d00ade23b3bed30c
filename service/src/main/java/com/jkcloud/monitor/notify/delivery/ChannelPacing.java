package com.jkcloud.monitor.notify.delivery;

import com.jkcloud.monitor.notify.NotifyConfig;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.channel.ChannelRepository;
import com.jkcloud.monitor.notify.channel.NotificationChannel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Spaces the notifications of one rate-limited channel (a WeCom, DingTalk, Feishu or Telegram group robot takes
 * about 20 a minute): each queued one gets the channel's next free send slot as its first attempt time, so a burst
 * is delivered late rather than refused and dropped. Slots are taken in the store, so replicas share them.
 */
@ApplicationScoped
public class ChannelPacing {

    private static final Set<ChannelType> ROBOTS = Set.of(ChannelType.WECOM, ChannelType.DINGTALK, ChannelType.FEISHU,
            ChannelType.TELEGRAM);
    private static final int MAX_TRIES = 20;

    private final ChannelRepository channels;
    private final NotifyConfig config;

    public ChannelPacing(ChannelRepository channels, NotifyConfig config) {
        this.channels = channels;
        this.config = config;
    }

    /** When the next notification to this channel may be sent: now, or the channel's next free slot. */
    public Uni<Instant> slotFor(NotificationChannel channel, Instant now) {
        Duration spacing = config.robotSpacing();
        if (!ROBOTS.contains(channel.type) || spacing.isZero() || spacing.isNegative()) {
            return Uni.createFrom().item(now);
        }
        return take(channel, now, spacing, 0);
    }

    private Uni<Instant> take(NotificationChannel channel, Instant now, Duration spacing, int tries) {
        return channels.findById(channel.id).flatMap(current -> {
            if (current == null || tries >= MAX_TRIES) {
                return Uni.createFrom().item(now);
            }
            Instant seen = current.nextSendSlot;
            Instant slot = seen == null || seen.isBefore(now) ? now : seen;
            return channels.takeSendSlot(channel.id, seen, slot.plus(spacing))
                    .flatMap(taken -> taken ? Uni.createFrom().item(slot) : take(channel, now, spacing, tries + 1));
        });
    }
}
