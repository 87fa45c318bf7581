package io.sirocco.rtps.fabric;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * Reads one connection's frames, on its event loop: the handshake, then pushes, which it applies to
 * this member's copy of the peer's row in arrival order (= the peer's post order: one TCP stream,
 * one thread). Bytes of a frame split across reads are kept until the frame is whole; a frame is
 * applied straight from the socket buffer, word by word with release ({@link RowCopy}).
 */
final class LinkHandler extends ChannelInboundHandlerAdapter {
    private static final System.Logger LOG = System.getLogger(LinkHandler.class.getName());

    private enum State { AWAIT_HELLO, DECIDING, AWAIT_ACCEPT, RUNNING, DONE }

    private final FabricListener listener;
    private final Hello outgoing;
    private State state;
    private PeerLink link;
    private Hello incoming;
    private MemorySegment row;
    private long rowBytes;
    private ChannelHandlerContext ctx;
    private ByteBuf cumulation;

    private LinkHandler(FabricListener listener, PeerLink link, Hello outgoing, State state) {
        this.listener = listener;
        this.link = link;
        this.outgoing = outgoing;
        this.state = state;
    }

    /** For a connection this member dialed to {@code link}'s peer. */
    static LinkHandler dialing(PeerLink link, Hello hello) {
        return new LinkHandler(null, link, hello, State.AWAIT_ACCEPT);
    }

    /** For a connection accepted by {@code listener}: which member it is for is in its hello. */
    static LinkHandler accepted(FabricListener listener) {
        return new LinkHandler(listener, null, null, State.AWAIT_HELLO);
    }

    Hello hello() {
        return incoming;
    }

    ChannelHandlerContext context() {
        return ctx;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (outgoing != null) {
            ByteBuf out = ctx.alloc().buffer(256);
            outgoing.write(out);
            ctx.writeAndFlush(out, ctx.voidPromise());
        }
        super.channelActive(ctx);
    }

    /** The accepting member takes this connection as its link to the hello's sender (on the event loop). */
    void accept(PeerLink peer) {
        if (state != State.DECIDING || !ctx.channel().isActive()) {
            return;
        }
        link = peer;
        row = peer.row();
        rowBytes = row.byteSize();
        state = State.RUNNING;
        ctx.writeAndFlush(Frames.single(ctx.alloc(), Frames.ACCEPT), ctx.voidPromise());
        peer.up(ctx.channel());
    }

    /** Refuses the connection, telling the dialer why, then closes it. */
    void reject(String reason) {
        state = State.DONE;
        ctx.writeAndFlush(Frames.reject(ctx.alloc(), reason)).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf in = (ByteBuf) msg;
        if (link != null) {
            link.read();
        }
        if (cumulation != null) {
            cumulation.discardSomeReadBytes();
            cumulation.writeBytes(in);
            in.release();
            in = cumulation;
            cumulation = null;
        }
        try {
            decode(in);
        } catch (IllegalArgumentException e) {
            protocolError(e.getMessage());
        }
        if (in.isReadable() && state != State.DONE) {
            cumulation = in;
        } else {
            in.release();
        }
    }

    private void decode(ByteBuf in) {
        while (in.isReadable() && state != State.DONE) {
            int at = in.readerIndex();
            int type = in.getUnsignedByte(at);
            int available = in.readableBytes();
            if (type == Frames.PUSH && state == State.RUNNING) {
                if (available < Frames.PUSH_HEADER) {
                    return;
                }
                int offset = in.getIntLE(at + 1);
                int length = in.getIntLE(at + 5);
                if (offset < 0 || length < 0 || (long) offset + length > rowBytes) {
                    throw new IllegalArgumentException("push of " + length + " bytes at " + offset + " outside a row of "
                            + rowBytes);
                }
                if (available < Frames.PUSH_HEADER + length) {
                    return;
                }
                RowCopy.fromFrame(in, at + Frames.PUSH_HEADER, row, offset, length);
                in.skipBytes(Frames.PUSH_HEADER + length);
            } else if (type == Frames.HEARTBEAT && state == State.RUNNING) {
                in.skipBytes(1);
            } else if (type == Frames.ACCEPT && state == State.AWAIT_ACCEPT) {
                in.skipBytes(1);
                state = State.RUNNING;
                row = link.row();
                rowBytes = row.byteSize();
                link.up(ctx.channel());
            } else if ((type == Frames.HELLO && state == State.AWAIT_HELLO)
                    || (type == Frames.REJECT && state == State.AWAIT_ACCEPT)) {
                if (available < 5) {
                    return;
                }
                int length = in.getIntLE(at + 1);
                if (length < 0 || length > Frames.MAX_CONTROL) {
                    throw new IllegalArgumentException("control frame of " + length + " bytes");
                }
                if (available < 5 + length) {
                    return;
                }
                in.skipBytes(5);
                if (type == Frames.HELLO) {
                    incoming = Hello.read(in, length);
                    state = State.DECIDING;
                    listener.hello(this);
                } else {
                    String reason = in.toString(in.readerIndex(), length, StandardCharsets.UTF_8);
                    in.skipBytes(length);
                    state = State.DONE;
                    link.group.rejected(link, reason);
                    ctx.close();
                }
            } else {
                throw new IllegalArgumentException("unexpected frame type " + type + " in state " + state);
            }
        }
    }

    private void protocolError(String reason) {
        State was = state;
        state = State.DONE;
        if (was == State.RUNNING) {
            link.fail("protocol error: " + reason);
        } else {
            LOG.log(System.Logger.Level.DEBUG, "network fabric: closing connection from {0}: {1}",
                    ctx.channel().remoteAddress(), reason);
        }
        ctx.close();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (state == State.RUNNING && ctx.channel().isWritable()) {
            link.outbox.run();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        State was = state;
        state = State.DONE;
        if (cumulation != null) {
            cumulation.release();
            cumulation = null;
        }
        if (was == State.RUNNING) {
            link.fail("connection closed");
        } else if (was == State.AWAIT_ACCEPT) {
            link.redial(link.group.deadline(), "connection closed before the handshake completed");
        } else if (listener != null) {
            listener.forget(this);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (state == State.RUNNING) {
            link.fail(cause.toString());
        }
        ctx.close();
    }
}
