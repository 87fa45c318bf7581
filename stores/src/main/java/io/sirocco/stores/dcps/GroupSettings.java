package io.sirocco.stores.dcps;

import io.sirocco.dcps.core.Setting;
import io.sirocco.stores.sst.BackoffIdleStrategy;
import io.sirocco.stores.sst.BusySpinIdleStrategy;
import io.sirocco.stores.sst.IdleStrategy;
import io.sirocco.stores.sst.YieldingIdleStrategy;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * This process's settings for group topics ({@code sirocco.group*} system properties or
 * {@code SIROCCO_GROUP_*} variables). Window, slot size and store depth of a group are the
 * founder's: joiners adopt them from its record.
 *
 * @param fabric forced fabric provider name, or null to choose by QoS
 * @param window SMC slots per sender ({@code groupWindow}, default 256)
 * @param maxPayload bytes per slot, header included ({@code groupMaxPayload}, default 1024); larger samples go in fragments
 * @param suspectAfter silence after which a member is suspected ({@code groupSuspectAfter}, ms, default 1000)
 * @param idle the group thread's idle strategy ({@code groupIdle}: backoff (default), yield, spin;
 *     {@code groupIdleYields}, default 50: how many times back-off yields before it parks)
 * @param discoveryDelay how long a new member looks for a running group before founding one ({@code groupDiscoveryDelay}, ms, default 1000)
 * @param snapshotTimeout how long a joiner waits for the store's state ({@code groupSnapshotTimeout}, ms, default 5000)
 * @param keepAllDepth samples per instance a store keeps for KEEP_ALL endpoints ({@code groupKeepAllDepth}, default 1000)
 */
record GroupSettings(String fabric, int window, int maxPayload, Duration suspectAfter, Supplier<IdleStrategy> idle,
        Duration discoveryDelay, Duration snapshotTimeout, int keepAllDepth) {

    static GroupSettings fromEnvironment() {
        Setting idleSetting = Setting.of("groupIdle");
        int yields = (int) Setting.of("groupIdleYields").number(50, 0, 1_000_000);
        Supplier<IdleStrategy> idle = switch (idleSetting.text("backoff").toLowerCase(Locale.ROOT)) {
            case "backoff" -> () -> new BackoffIdleStrategy(100, yields, 1_000, 1_000_000);
            case "yield" -> YieldingIdleStrategy::new;
            case "spin", "busy-spin", "busyspin" -> BusySpinIdleStrategy::new;
            default -> throw new IllegalArgumentException(idleSetting.source() + " must be backoff, yield or spin, not \""
                    + idleSetting.raw() + "\"");
        };
        return new GroupSettings(Setting.of("groupFabric").text(null),
                (int) Setting.of("groupWindow").number(256, 1, 65_536),
                (int) Setting.of("groupMaxPayload").number(1024, GroupMessage.HEADER_SIZE + 8, 16 << 20),
                Duration.ofMillis(Setting.of("groupSuspectAfter").number(1000, 1, 3_600_000)),
                idle,
                Duration.ofMillis(Setting.of("groupDiscoveryDelay").number(1000, 0, 600_000)),
                Duration.ofMillis(Setting.of("groupSnapshotTimeout").number(5000, 0, 600_000)),
                (int) Setting.of("groupKeepAllDepth").number(1000, 1, 10_000_000));
    }
}
