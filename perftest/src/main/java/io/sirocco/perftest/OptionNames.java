package io.sirocco.perftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * RTI Perftest's option matching: names are case-insensitive and any prefix that names one option
 * stands for it ({@code -lat} is ambiguous, {@code -latencyT} is {@code -latencyTest}); an exact name
 * wins over longer names it is a prefix of ({@code -pub} is not {@code -pubRate}). picocli's own
 * abbreviation rules differ (camel-case chunks, and an upper-case exact name counts as ambiguous), so
 * arguments are rewritten to the declared names first and picocli then parses them exactly.
 */
final class OptionNames {
    private final CommandSpec spec;

    OptionNames(CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * The arguments with every option name replaced by its declared spelling, and {@code -name=value}
     * split in two (the help shows {@code -name value}, as RTI Perftest writes it).
     */
    List<String> canonical(List<String> args) {
        List<String> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.length() < 2 || isNumber(arg)) {
                out.add(arg); // a stray value: picocli reports it
                continue;
            }
            int equals = arg.indexOf('=');
            OptionSpec option = resolve(equals > 0 ? arg.substring(0, equals) : arg);
            out.add(option.longestName());
            if (equals > 0 && !takesValue(option)) {
                throw new UsageException(option.longestName() + ": takes no value (" + arg + ")");
            } else if (equals > 0) {
                out.add(arg.substring(equals + 1));
            } else if (takesValue(option)) {
                out.add(valueOf(option, args, ++i));
            }
        }
        return out;
    }

    /**
     * The value of {@code option} at {@code index}. It may start with '-' (a negative number, an
     * interface name), but a missing value or another option in its place is an error that names
     * {@code option} (picocli's own message would not say which value is missing).
     */
    private String valueOf(OptionSpec option, List<String> args, int index) {
        String needs = option.longestName() + ": needs a value " + option.paramLabel();
        if (index >= args.size()) {
            throw new UsageException(needs);
        }
        String value = args.get(index);
        if (value.startsWith("-") && !isNumber(value) && isOption(value)) {
            throw new UsageException(needs + ", not the option " + value);
        }
        return value;
    }

    private boolean isOption(String arg) {
        try {
            resolve(arg.indexOf('=') > 0 ? arg.substring(0, arg.indexOf('=')) : arg);
            return true;
        } catch (UsageException e) {
            return false;
        }
    }

    /** The option a name or prefix stands for. */
    OptionSpec resolve(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<OptionSpec> prefixed = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            for (String declared : option.names()) {
                String lower = declared.toLowerCase(Locale.ROOT);
                if (lower.equals(wanted)) {
                    return option;
                }
                if (lower.startsWith(wanted) && !prefixed.contains(option)) {
                    prefixed.add(option);
                }
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.isEmpty()) {
            throw new UsageException(name + ": unknown option");
        }
        List<String> names = new ArrayList<>();
        prefixed.forEach(o -> names.add(o.longestName()));
        throw new UsageException(name + ": ambiguous option, it could be " + String.join(", ", names));
    }

    private static boolean takesValue(OptionSpec option) {
        return option.arity().max() > 0 && option.type() != boolean.class && option.type() != Boolean.class;
    }

    private static boolean isNumber(String arg) {
        return arg.length() > 1 && (Character.isDigit(arg.charAt(1)) || arg.charAt(1) == '.');
    }
}
