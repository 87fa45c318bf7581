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

    /** The arguments with every option name replaced by its declared spelling. */
    List<String> canonical(List<String> args) {
        List<String> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.length() < 2 || isNumber(arg)) {
                out.add(arg); // a stray value: picocli reports it
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            OptionSpec option = resolve(name);
            if (equals > 0) {
                out.add(option.longestName() + arg.substring(equals));
                continue;
            }
            out.add(option.longestName());
            if (takesValue(option) && i + 1 < args.size()) {
                out.add(args.get(++i)); // the value, even if it starts with '-' (a negative number)
            }
        }
        return out;
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
