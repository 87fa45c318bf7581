package io.sirocco.rtps.fabric;

import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A group member in its own JVM, driven over stdin/stdout: prints {@code LOCATOR\t<locator>}, reads
 * {@code LAYOUT\t<group>\t<view>\t<rank>\t<rowBytes>\t<locator>...}, opens, prints {@code OPEN}, then
 * bumps and pushes a counter at word 0 every 10 ms until stdin closes.
 */
public final class NetFabricChild {
    private NetFabricChild() {
    }

    public static void main(String[] args) throws Exception {
        try (NetFabricProvider provider = new NetFabricProvider(NetMembers.settings())) {
            System.out.println("LOCATOR\t" + provider.localLocator());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String[] f = in.readLine().split("\t");
            List<String> locators = Arrays.asList(f).subList(5, f.length);
            FabricGroup g;
            try {
                g = provider.open(new GroupLayout(f[1], Long.parseLong(f[2]), locators, Integer.parseInt(f[3]),
                        Integer.parseInt(f[4])));
            } catch (Exception e) {
                System.out.println("ERROR\t" + e);
                return;
            }
            System.out.println("OPEN");
            Thread.ofPlatform().daemon().start(() -> {
                for (long i = 1; ; i++) {
                    g.writeLongRelease(0, i);
                    g.pushAll(0, 8);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            while (in.readLine() != null) {
                // until the parent closes stdin
            }
            g.close();
        }
    }
}
