package io.sirocco.dcps.filter;

import java.util.ArrayList;
import java.util.List;

/** Sample types in the shapes filters meet: public fields, records, beans, private fields, nesting. */
final class Fixtures {

    private Fixtures() {
    }

    /** An IDL-style enum whose {@code value()} differs from its ordinal. */
    enum Color {
        RED(10), GREEN(20), BLUE(30);

        private final int value;

        Color(int value) {
            this.value = value;
        }

        public int value() {
            return value;
        }
    }

    /** A plain Java enum: compared by ordinal. */
    enum Level {
        LOW, MEDIUM, HIGH
    }

    /** A nested structure with public fields. */
    static final class Position {
        public double x;
        public double y;
        public Position inner;
        public String label;

        Position(double x, double y) {
            this.x = x;
            this.y = y;
        }
    }

    /** A sample with one public field of every supported type. */
    static final class Reading {
        public byte b;
        public short s;
        public int i;
        public long l;
        public float f;
        public double d;
        public char c;
        public boolean flag;
        public String name;
        public Color color;
        public Level level;
        public Integer boxedInt;
        public Double boxedDouble;
        public Boolean boxedFlag;
        public Character boxedChar;
        public Position position;
        public int[] values;
        public Position[] corners;
        public List<String> tags = new ArrayList<>();
        public List<Position> path = new ArrayList<>();
        public List<Integer> counts = new ArrayList<>();
        public int[][] grid;
        public StringBuilder note;

        Reading() {
        }

        static Reading of(int i, String name) {
            Reading r = new Reading();
            r.i = i;
            r.name = name;
            return r;
        }
    }

    /** A record sample, including a nested record. */
    record Vehicle(String id, int speed, Point location, Color color, List<Point> waypoints) {
    }

    record Point(double x, double y) {
    }

    /** A JavaBean sample: private fields behind getters. */
    static final class Account {
        private final String owner;
        private final long balance;
        private final boolean active;
        private final Boolean verified;

        Account(String owner, long balance, boolean active, Boolean verified) {
            this.owner = owner;
            this.balance = balance;
            this.active = active;
            this.verified = verified;
        }

        public String getOwner() {
            return owner;
        }

        public long getBalance() {
            return balance;
        }

        public boolean isActive() {
            return active;
        }

        public Boolean getVerified() {
            return verified;
        }
    }

    /** Private fields without accessors, read through a private lookup. */
    static final class Hidden {
        private final int secret;
        private final String code;

        Hidden(int secret, String code) {
            this.secret = secret;
            this.code = code;
        }
    }

    /** Inherits a private field from its superclass. */
    static class Base {
        private final int baseValue;

        Base(int baseValue) {
            this.baseValue = baseValue;
        }
    }

    static final class Derived extends Base {
        public String extra;

        Derived(int baseValue, String extra) {
            super(baseValue);
            this.extra = extra;
        }
    }

    /** Two different enum-typed fields and enum/int comparisons. */
    static final class Traffic {
        public Color light;
        public Color previous;
        public Level level;
        public int code;

        Traffic(Color light, Color previous, Level level, int code) {
            this.light = light;
            this.previous = previous;
            this.level = level;
            this.code = code;
        }
    }

    /** A getter that throws, to show that failures of the sample's own code propagate. */
    static final class Faulty {
        public int getValue() {
            throw new UnsupportedOperationException("broken getter");
        }
    }

    /** Member types that cannot be compared or indexed. */
    static final class Odd {
        public Object anything;
        @SuppressWarnings("rawtypes")
        public List raw;
        public java.util.Map<String, Integer> map;
    }
}
