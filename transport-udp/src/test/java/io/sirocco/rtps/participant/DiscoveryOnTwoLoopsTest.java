package io.sirocco.rtps.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.channel.EventLoop;
import io.sirocco.rtps.net.EventLoops;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Each socket's receiver runs on its socket's event loop: metatraffic on the control loop, user
 * data on the data loop. Nothing stops a peer from sending an SPDP announcement to a user-data
 * port, so announcements can be parsed on both loops at once, and every valid one must be taken.
 */
class DiscoveryOnTwoLoopsTest extends PhantomFixture {

    @Test
    void announcementsArrivingOnBothEventLoopsAtOnceAreAllAccepted() throws Exception {
        PhantomPeer.Datagram first = phantom.discovery().get(0);
        PhantomPeer.Datagram second = newPhantom().discovery().get(0);
        int times = 200_000;
        Future<?> control = repeat(EventLoops.control(), receiver, first, times);
        Future<?> data = repeat(EventLoops.data(), new Receiver(rtps, rtps.statistics()), second, times);
        control.get(60, TimeUnit.SECONDS);
        data.get(60, TimeUnit.SECONDS);
        assertEquals(0, rtps.statistics().malformedMessages(), rtps.statistics().toString());
    }

    private static Future<?> repeat(EventLoop loop, Receiver receiver, PhantomPeer.Datagram datagram, int times) {
        return loop.submit(() -> {
            for (int i = 0; i < times; i++) {
                receiver.received(datagram.bytes(), 0, datagram.bytes().length);
            }
        });
    }
}
