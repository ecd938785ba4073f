package org.tiaojie.itests;

import java.io.IOException;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What a container that got stuck was doing, for the failure message: runs inside the container (the probe),
 * so it sees the framework, the threads and the log directly.
 */
final class ContainerDiagnostics {
    private static final int LOG_LINES = 60;
    private static final int FRAMES = 30;

    private ContainerDiagnostics() {
    }

    static String report(BundleContext context) {
        StringBuilder out = new StringBuilder();
        out.append("-- bundles not active:\n");
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() != Bundle.ACTIVE && bundle.getHeaders().get("Fragment-Host") == null) {
                out.append("   ").append(bundle.getBundleId()).append(' ').append(bundle.getSymbolicName())
                        .append(' ').append(state(bundle.getState())).append('\n');
            }
        }
        out.append("-- threads:\n");
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            appendThread(out, thread);
        }
        out.append("-- end of karaf.log:\n");
        for (String line : logTail()) {
            out.append("   ").append(line).append('\n');
        }
        return out.toString();
    }

    private static void appendThread(StringBuilder out, ThreadInfo thread) {
        out.append("   \"").append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
        if (thread.getLockName() != null) {
            out.append(" on ").append(thread.getLockName());
            if (thread.getLockOwnerName() != null) {
                out.append(" held by \"").append(thread.getLockOwnerName()).append('"');
            }
        }
        out.append('\n');
        StackTraceElement[] frames = thread.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            out.append("      at ").append(frames[i]).append('\n');
            for (MonitorInfo monitor : thread.getLockedMonitors()) {
                if (monitor.getLockedStackDepth() == i) {
                    out.append("      - locked ").append(monitor).append('\n');
                }
            }
        }
        for (LockInfo lock : thread.getLockedSynchronizers()) {
            out.append("      - holds ").append(lock).append('\n');
        }
    }

    private static List<String> logTail() {
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e + ")");
        }
    }

    private static String state(int state) {
        switch (state) {
            case Bundle.INSTALLED:
                return "INSTALLED";
            case Bundle.RESOLVED:
                return "RESOLVED";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            default:
                return "UNINSTALLED";
        }
    }
}
