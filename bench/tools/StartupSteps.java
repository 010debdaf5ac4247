import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the standalone platform's start-up goes: starts cn.sifa.gateway.SifaApplication with Spring's
 * BufferingApplicationStartup, then prints the slowest start-up steps (bean instantiations, context phases), each with
 * its own time (without the steps nested in it) and its total, and exits. A source-file program, run on the extracted
 * jar's class path:
 *   java -cp "app/sifa.jar:app/lib/*" bench/tools/StartupSteps.java [TOP] [application args…]
 */
public class StartupSteps {

    public static void main(String[] args) throws Exception {
        int top = Integer.parseInt(args[0]);
        String[] appArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
        long t0 = System.nanoTime();
        SpringApplication app = new SpringApplication(Class.forName("cn.sifa.gateway.SifaApplication"));
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        app.setApplicationStartup(startup);
        ConfigurableApplicationContext context = app.run(appArgs);
        long ready = System.nanoTime() - t0;
        StartupTimeline timeline = startup.getBufferedTimeline();
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        Map<Long, Long> childTime = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                childTime.merge(parent, e.getDuration().toNanos(), Long::sum);
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (StartupTimeline.TimelineEvent e : events) {
            long total = e.getDuration().toNanos();
            long own = total - childTime.getOrDefault(e.getStartupStep().getId(), 0L);
            StringBuilder tags = new StringBuilder();
            e.getStartupStep().getTags().forEach(t -> {
                if (t.getKey().equals("beanName") || t.getKey().equals("postProcessor") || t.getKey().equals("classCount")) {
                    tags.append(tags.isEmpty() ? "" : " ").append(t.getValue());
                }
            });
            rows.add(new String[] {Long.toString(own), Long.toString(total), e.getStartupStep().getName(), tags.toString()});
        }
        rows.sort(Comparator.comparingLong((String[] r) -> Long.parseLong(r[0])).reversed());
        System.out.printf("STEPS ready in JVM %.2f s (run() %.2f s), %d steps%n",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, ready / 1e9, events.size());
        System.out.println("STEPS own_ms total_ms step name");
        for (String[] r : rows.subList(0, Math.min(top, rows.size()))) {
            System.out.printf("STEPS %7d %8d %s %s%n", Long.parseLong(r[0]) / 1_000_000, Long.parseLong(r[1]) / 1_000_000, r[2], r[3]);
        }
        System.exit(SpringApplication.exit(context));
    }
}
