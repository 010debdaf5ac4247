package cn.sifa.bench.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Registers the benchmark's API clients (client credentials) in {@code core_api_client}, hashed the way the
 * gateway hashes secrets, so that the runner can take tokens for a county, a city and a province:
 * bench-county (开福 430105), bench-city (长沙 430100), bench-province (河南 410000, the largest demo province).
 * Idempotent. Usage: {@code BenchClients jdbc-url user password secret}.
 */
public final class BenchClients {

    static final String[][] CLIENTS = {
        {"bench-county", "基准测试·开福区", "430105"},
        {"bench-city", "基准测试·长沙市", "430100"},
        {"bench-province", "基准测试·河南省", "410000"},
    };
    static final String SCOPES = "{core.read,mediation.read,mediation.write,enforcement.read,enforcement.write,legal-aid.read,review.read,correction.read,reports.read}";

    private BenchClients() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        String secret = args.length > 3 ? args[3] : "bench-secret";
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass('sifa.core_api_client') IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    System.out.println("bench clients: core_api_client does not exist (gateway not merged?), skipped");
                    return;
                }
            }
            OffsetDateTime now = OffsetDateTime.now();
            for (String[] client : CLIENTS) {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO sifa.core_api_client (id, version, client_id, name, division_code, scopes, secret_hash,
                               secret_rotated_at, enabled, created_at, created_by, updated_at, updated_by)
                        VALUES (?, 0, ?, ?, ?, ?::text[], ?, ?, true, ?, 'bench', ?, 'bench')
                        ON CONFLICT (client_id) DO UPDATE SET secret_hash = excluded.secret_hash, scopes = excluded.scopes,
                               division_code = excluded.division_code, enabled = true""")) {
                    ps.setObject(1, UUID.nameUUIDFromBytes(client[0].getBytes()));
                    ps.setString(2, client[0]);
                    ps.setString(3, client[1]);
                    ps.setString(4, client[2]);
                    ps.setString(5, SCOPES);
                    ps.setString(6, encoder.encode(secret));
                    ps.setObject(7, now);
                    ps.setObject(8, now);
                    ps.setObject(9, now);
                    ps.executeUpdate();
                }
            }
            System.out.println("bench clients: bench-county (430105), bench-city (430100), bench-province (410000) registered");
        }
    }
}
