package io.dslint.rules.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvSecretLiteralTest {
  @Test
  void splitsWords() {
    assertEquals(List.of("DB", "PASSWORD"), EnvSecretLiteral.words("dbPassword2"));
    assertEquals(List.of("AWS", "SECRET", "ACCESS", "KEY"), EnvSecretLiteral.words("AWS_SECRET_ACCESS_KEY"));
    assertEquals(List.of("API", "KEY"), EnvSecretLiteral.words("api-key"));
    assertEquals(List.of("DB", "PASSWORD"), EnvSecretLiteral.words("DBPassword"));
    assertEquals(List.of("CLIENT", "SECRET"), EnvSecretLiteral.words("Client.Secret"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PASSWORD", "DB_PASSWORD", "db_password", "dbPassword", "MYSQL_PWD",
      "RABBITMQ_DEFAULT_PASS", "GITHUB_TOKEN", "GITHUB_TOKEN_2", "VAULT_TOKEN_VALUE", "CLIENT_SECRET",
      "SECRET_KEY_BASE", "API_KEY", "DD_API_KEY", "apiKey", "AWS_SECRET_ACCESS_KEY", "TLS_PRIVATE_KEY",
      "CREDENTIALS", "REGISTRY_CREDS", "SSH_KEY", "LICENSE_KEY", "PASSPHRASE", "SMTP_PASSWD"})
  void secretNames(String name) {
    assertTrue(EnvSecretLiteral.secretName(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PWD", "TOKEN_TTL_SECONDS", "PASSWORD_MIN_LENGTH", "SECRET_NAME",
      "DB_PASSWORD_FILE", "AZURE_CREDENTIAL_FILE", "AWS_ACCESS_KEY_ID", "OAUTH_TOKEN_URL",
      "PASS_DEVICE_SPECS", "METALLB_ML_SECRET_KEY_PATH", "ETCD_KEY_FILE", "CACHE_KEY", "TOKENIZER",
      "BYPASS", "PASSWORD_HASH", "NODE_NAME", "SECRETS_DIR", "KEY"})
  void notSecretNames(String name) {
    assertFalse(EnvSecretLiteral.secretName(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"changeme", "hunter2", "123456", "x$(POD_NAME)", "user:pass",
      "-----BEGIN PRIVATE KEY-----", "s3cr3t/with/slash"})
  void credentialValues(String value) {
    assertTrue(EnvSecretLiteral.credentialLike(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "/run/secrets/db", "./pass.txt", "../pass", "~/.pass",
      "C:\\secrets\\db", "file:///run/secrets/db", "$(DB_PASSWORD)", "$(A)$(B)", "${DB_PASSWORD}",
      "{{ .Values.password }}", "true", "False", "yes", "off", "0", "1"})
  void notCredentialValues(String value) {
    assertFalse(EnvSecretLiteral.credentialLike(value), value);
  }
}
