package arkg.testserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs real Neo4j Community servers (embedded) for arkg's tests, one per PORT: Bolt on
 * 127.0.0.1:PORT, authentication on (the user sets the password over Bolt), data under HOME/PORT.
 * Community has one user database per server, so a test that needs two empty graphs at once gets
 * two servers; they share this JVM's heap. Prints "ready" once every Bolt connector accepts
 * connections, and stops the databases when stdin closes (the test process ended, however it
 * ended) or the JVM is told to stop, so no orphan is left behind.
 *
 * Usage: java -cp target/classes:target/lib/* arkg.testserver.Launcher HOME PORT [PORT ...]
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher HOME PORT [PORT ...]");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        List<DatabaseManagementService> services = Collections.synchronizedList(new ArrayList<>());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(services)));
        // Started side by side: each takes seconds, mostly waiting.
        eachAtOnce(Arrays.asList(args).subList(1, args.length),
                port -> services.add(start(home.resolve(port), Integer.parseInt(port))));
        System.out.println("ready");
        System.out.flush();
        // Stay up until the parent closes our stdin (the fixture ended, or the test process died).
        while (System.in.read() != -1) {
            // input is ignored
        }
        System.exit(0); // runs the shutdown hook
    }

    private static DatabaseManagementService start(Path home, int port) {
        long transactions = Long.getLong("arkg.transactions.mib", 256L);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Small for the tests (graphs of a few thousand nodes, several servers in one JVM);
                // the benchmark gives it room with -Darkg.pagecache.mib=N.
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        ByteUnit.mebiBytes(Long.getLong("arkg.pagecache.mib", 32L)))
                // A runaway test query ends here even if the client sets no timeout of its own.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
                // One transaction cannot take the heap the other servers need (the benchmark's
                // 1 000-document build groups need more: -Darkg.transactions.mib=N).
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(transactions))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(transactions * 3 / 4))
                .build();
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // started and available
        return service;
    }

    private static void stop(List<DatabaseManagementService> services) {
        // Side by side too: each Bolt connector waits out its network threads' quiet period.
        List<DatabaseManagementService> running;
        synchronized (services) {
            running = new ArrayList<>(services);
            services.clear();
        }
        eachAtOnce(running, DatabaseManagementService::shutdown);
    }

    /** One thread per item (the common pool would run one or two at a time on a small machine). */
    private static <T> void eachAtOnce(List<T> items, Consumer<T> action) {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (T item : items) {
            Thread thread = new Thread(() -> action.accept(item));
            thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a Neo4j server failed to start or stop", failures.get(0));
        }
    }
}
