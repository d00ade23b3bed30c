package com.jkcloud.monitor.common.crypto;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts stored upstream credentials at rest with AES-256-GCM. The associated data binds a ciphertext
 * to its owner record, so a value copied onto another record does not decrypt.
 */
@ApplicationScoped
public class CredentialCipher {

    private static final String FORMAT_V1 = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @jakarta.inject.Inject
    public CredentialCipher(CryptoConfig config) {
        this(config.key());
    }

    public CredentialCipher(String base64Key) {
        this.key = new SecretKeySpec(decodeKey(base64Key), "AES");
    }

    public String encrypt(String plaintext, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
            return FORMAT_V1 + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Credential encryption failed", failure);
        }
    }

    public String decrypt(String stored, String associatedData) {
        if (stored == null || !stored.startsWith(FORMAT_V1)) {
            throw new IllegalStateException("Unknown credential format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT_V1.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException failure) {
            throw new IllegalStateException("Stored credential cannot be decrypted (wrong monitor.crypto.key?)");
        }
    }

    private static byte[] decodeKey(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("monitor.crypto.key must be base64 of 32 random bytes");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("monitor.crypto.key must be base64 of 32 random bytes (AES-256), got "
                    + raw.length + " bytes");
        }
        return raw;
    }

    /** The bundled development key decodes to text starting with this; prod refuses it. */
    public static boolean isDevelopmentKey(String base64Key) {
        try {
            return new String(Base64.getDecoder().decode(base64Key.trim()), StandardCharsets.ISO_8859_1)
                    .startsWith("dev-keys/");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
