package io.sirocco.dcps.type.cdr;

/**
 * Constants of the per-member headers of mutable types (and of optional members in XCDR1).
 *
 * <p>XCDR2 EMHEADER, one 32-bit word in stream byte order:
 * <pre>
 *   bit 31      M   must-understand
 *   bits 30..28 LC  length code
 *   bits 27..0      member id
 * </pre>
 * LC 0..3: the member is 1, 2, 4 or 8 bytes long. LC 4: a 32-bit NEXTINT follows the header and holds
 * the member length. LC 5..7: the member's own first 32-bit word (a string or sequence length, or a
 * DHEADER) doubles as NEXTINT, and the member is 4 + NEXTINT, 4 + 4 * NEXTINT or 4 + 8 * NEXTINT bytes.
 *
 * <p>XCDR1 parameter header, aligned to 4: a 16-bit {@code flags|PID} then a 16-bit length. The short
 * form carries member ids up to {@link #PID_SHORT_MAX} and lengths up to 65535. The extended form puts
 * {@link #PID_EXTENDED} with length 8 in the short header, then a 32-bit {@code flags|member id} and a
 * 32-bit length. A mutable struct ends with {@link #PID_LIST_END} and length 0.
 */
public final class MemberHeaders {
    /** LC: 1-byte member (boolean, octet, char, 8-bit enum). */
    public static final int LC_1 = 0;
    /** LC: 2-byte member. */
    public static final int LC_2 = 1;
    /** LC: 4-byte member. */
    public static final int LC_4 = 2;
    /** LC: 8-byte member. */
    public static final int LC_8 = 3;
    /** LC: NEXTINT after the header holds the member length. */
    public static final int LC_NEXTINT = 4;
    /** LC: the member starts with its own byte length (string length, DHEADER, octet-sequence length). */
    public static final int LC_LENGTH = 5;
    /** LC: the member starts with a count of 4-byte elements. */
    public static final int LC_COUNT4 = 6;
    /** LC: the member starts with a count of 8-byte elements. */
    public static final int LC_COUNT8 = 7;

    /** EMHEADER must-understand bit. */
    public static final int EM_MUST_UNDERSTAND = 0x8000_0000;
    /** Largest member id (28 bits). */
    public static final int MAX_MEMBER_ID = 0x0FFF_FFFF;

    /** XCDR1 short header: must-understand flag. */
    public static final int PID_FLAG_MUST_UNDERSTAND = 0x4000;
    /** XCDR1 short header: implementation-specific flag. */
    public static final int PID_FLAG_IMPL_EXTENSION = 0x8000;
    /** XCDR1 short header: mask of the parameter id. */
    public static final int PID_MASK = 0x3FFF;
    /** XCDR1: largest member id the short form carries. */
    public static final int PID_SHORT_MAX = 0x3F00;
    /** XCDR1: the extended header follows. */
    public static final int PID_EXTENDED = 0x3F01;
    /** XCDR1: end of a parameter list (sentinel). */
    public static final int PID_LIST_END = 0x3F02;
    /** XCDR1 extended header: must-understand flag in the 32-bit id word. */
    public static final int PID_EXT_FLAG_MUST_UNDERSTAND = 0x4000_0000;

    private MemberHeaders() {
    }
}
