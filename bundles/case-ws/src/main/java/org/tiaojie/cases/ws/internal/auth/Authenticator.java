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
 *   leaves the process), so a clerk's every request does not pay for a salted, iterated hash.</li>
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

    private final Attempts users;
    private final Attempts addresses;
    private final Map<String, Remembered> remembered;
    private final byte[] key = new byte[32];

    public Authenticator() {
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
        List<String> roles = jaas(user, password);
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
