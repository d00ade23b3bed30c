package com.jkcloud.monitor.common.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * The keys of one single-machine install, kept in {@code <data>/keys}: the RS256 pair of user tokens and the
 * credential key. Created on first start (owner-only), read as they are on every later start, so tokens and
 * stored OneThing credentials survive a restart.
 */
final class InstallKeys {

    static final String PRIVATE_KEY = "jwt-private.pem";
    static final String PUBLIC_KEY = "jwt-public.pem";
    static final String CREDENTIAL_KEY = "credential.key";

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path folder;
    private boolean created;

    InstallKeys(Path dataFolder) {
        this.folder = dataFolder.resolve("keys").toAbsolutePath().normalize();
    }

    Path folder() {
        return folder;
    }

    /** True when this start wrote a key that was not there before. */
    boolean created() {
        return created;
    }

    Path privateKey() {
        return folder.resolve(PRIVATE_KEY);
    }

    Path publicKey() {
        return folder.resolve(PUBLIC_KEY);
    }

    /** Makes sure both halves of the token key pair exist; the private key is written last and is the pair's source. */
    void ensureTokenKeyPair() {
        try {
            ensureFolder();
            if (!Files.exists(privateKey())) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
                Files.deleteIfExists(publicKey());
                writeOnce(privateKey(), pem("PRIVATE KEY", pkcs8));
            }
            if (!Files.exists(publicKey())) {
                writeOnce(publicKey(), pem("PUBLIC KEY", publicKeyOf(Files.readString(privateKey()))));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create the token keys in " + folder, failure);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Cannot create the token keys in " + folder + ": " + failure.getMessage(), failure);
        }
    }

    /** Base64 of 32 random bytes, the value {@code monitor.crypto.key} expects. */
    String credentialKey() {
        Path file = folder.resolve(CREDENTIAL_KEY);
        try {
            ensureFolder();
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                writeOnce(file, Base64.getEncoder().encodeToString(key) + "\n");
            }
            return Files.readString(file).strip();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create the credential key in " + folder, failure);
        }
    }

    private void ensureFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (!Files.isDirectory(folder.getParent())) {
            Files.createDirectories(folder.getParent());
            restrict(folder.getParent(), OWNER_ONLY_FOLDER);
        }
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException anotherStartWon) {
            return;
        }
        restrict(folder, OWNER_ONLY_FOLDER);
    }

    /** Written beside, restricted, then moved into place: a reader never sees a half-written or world-readable key. */
    private void writeOnce(Path target, String content) throws IOException {
        Path partial = Files.createTempFile(folder, target.getFileName().toString(), ".partial");
        try {
            restrict(partial, OWNER_ONLY_FILE);
            Files.writeString(partial, content, StandardCharsets.US_ASCII);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(partial, target);
            }
            created = true;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static byte[] publicKeyOf(String privatePem) throws GeneralSecurityException {
        String body = privatePem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        BigInteger modulus = key.getModulus();
        return rsa.generatePublic(new RSAPublicKeySpec(modulus, key.getPublicExponent())).getEncoded();
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
