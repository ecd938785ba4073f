package org.tiaojie.cases.ws.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/**
 * Logins of REST and SOAP callers against Karaf's JAAS realm {@code karaf}, with what a realm of hashed passwords
 * needs around it:
 * <ul>
 *   <li>back-off after repeated failures, per user and per address: after five failures in 15 minutes each further
 *   attempt waits twice as long (from 5 s up to 15 min) and is refused with {@link ErrorCode#TOO_MANY_REQUESTS}
 *   without the realm being asked;</li>
 *   <li>a short memory of successful logins (two minutes, keyed by an HMAC of the password under a key that never
 *   leaves the process), so a clerk's every request does not pay for a salted, iterated hash;</li>
 *   <li>one check at a time per user and password: requests arriving together with the same credentials (a
 *   client's connections after the memory expired) wait for the one check in progress instead of each hashing the
 *   password again, which on two cores queued them for seconds.</li>
 * </ul>
 */
public final class Authenticator {
    static final String REALM = "karaf";
    private static final String USER_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.UserPrincipal";
    private static final String ROLE_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.RolePrincipal";
    private static final Duration REMEMBER = Duration.ofMinutes(2);
    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(byte[] secret, List<String> roles, long until) {
    }

    /** A check of the realm in progress for one user and password (the secret); its roles, or null when it failed. */
    private record Check(byte[] secret, CompletableFuture<List<String>> roles) {
    }

    private final Attempts users;
    private final Attempts addresses;
    private final Map<String, Remembered> remembered;
    private final Map<String, Check> checking = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final BiFunction<String, String, List<String>> realm;

    public Authenticator() {
        this(Authenticator::jaas);
    }

    /** @param realm the role names of a successful login to the realm, null when it fails */
    Authenticator(BiFunction<String, String, List<String>> realm) {
        this.realm = realm;
        java.util.function.LongSupplier clock = System::nanoTime;
        this.users = new Attempts(5, Duration.ofMinutes(15), Duration.ofSeconds(5), Duration.ofMinutes(15), 100_000, clock);
        this.addresses = new Attempts(20, Duration.ofMinutes(15), Duration.ofSeconds(5), Duration.ofMinutes(15), 100_000,
                clock);
        this.remembered = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
                return size() > MAX_REMEMBERED;
            }
        };
        new SecureRandom().nextBytes(key);
    }

    /**
     * The actor for the credentials.
     *
     * @param address the caller's network address, for the per-address back-off
     * @throws TiaojieException {@link ErrorCode#UNAUTHENTICATED} for wrong credentials, {@link ErrorCode#TOO_MANY_REQUESTS}
     *                          while the user or the address must wait
     */
    public Actor login(String user, String password, String address) {
        if (user == null || user.isEmpty() || user.length() > 64 || password == null || password.length() > 256) {
            addresses.failed(address);
            throw new TiaojieException(ErrorCode.UNAUTHENTICATED, "wrong user name or password");
        }
        byte[] secret = hmac(user + '\u0000' + password);
        Remembered known;
        synchronized (remembered) {
            known = remembered.get(user);
        }
        // A user who proved the password minutes ago keeps working while someone else's guessing has the address
        // (a township office behind one router) or the name backing off.
        if (known != null && known.until() > System.nanoTime() && MessageDigest.isEqual(known.secret(), secret)) {
            return Actor.fromRoleNames(user, known.roles());
        }
        Duration wait = maxOf(users.wait(user), addresses.wait(address));
        if (!wait.isZero()) {
            throw new TiaojieException(ErrorCode.TOO_MANY_REQUESTS, "too many failed logins; try again in "
                    + Math.max(1, wait.toSeconds()) + " s");
        }
        List<String> roles = check(user, password, secret);
        if (roles == null) {
            users.failed(user);
            addresses.failed(address);
            throw new TiaojieException(ErrorCode.UNAUTHENTICATED, "wrong user name or password");
        }
        users.succeeded(user);
        synchronized (remembered) {
            remembered.put(user, new Remembered(secret, List.copyOf(roles), System.nanoTime() + REMEMBER.toNanos()));
        }
        return Actor.fromRoleNames(user, roles);
    }

    /**
     * Asks the realm, or waits for the same question already asked: the first of several requests with the same
     * user and password asks, the others share its answer. A different password for the user is asked on its own.
     */
    private List<String> check(String user, String password, byte[] secret) {
        Check mine = new Check(secret, new CompletableFuture<>());
        Check running = checking.putIfAbsent(user, mine);
        if (running != null && MessageDigest.isEqual(running.secret(), secret)) {
            return running.roles().join();
        }
        if (running != null) {
            return realm.apply(user, password);
        }
        try {
            List<String> roles = realm.apply(user, password);
            mine.roles().complete(roles);
            return roles;
        } catch (RuntimeException e) {
            mine.roles().complete(null);
            throw e;
        } finally {
            checking.remove(user, mine);
        }
    }

    /** How many requests are waiting for the user's check in progress (for tests). */
    int waiting(String user) {
        Check running = checking.get(user);
        return running == null ? 0 : running.roles().getNumberOfDependents();
    }

    /** The role names of a successful login to the realm; null when it fails. */
    private static List<String> jaas(String user, String password) {
        Subject subject = new Subject();
        char[] chars = password.toCharArray();
        try {
            LoginContext context = new LoginContext(REALM, subject, callbacks -> {
                for (Callback c : callbacks) {
                    if (c instanceof NameCallback name) {
                        name.setName(user);
                    } else if (c instanceof PasswordCallback secret) {
                        secret.setPassword(chars);
                    }
                    // Other callbacks (the realm's public-key module asks for a key) are left unanswered: that module
                    // then declines quietly instead of logging a line per request.
                }
            });
            context.login();
            String name = null;
            List<String> roles = new ArrayList<>();
            for (Principal p : subject.getPrincipals()) {
                String type = p.getClass().getName();
                if (USER_PRINCIPAL.equals(type)) {
                    name = p.getName();
                } else if (ROLE_PRINCIPAL.equals(type)) {
                    roles.add(p.getName());
                }
            }
            return user.equals(name) ? roles : null;
        } catch (LoginException e) {
            return null;
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration maxOf(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
