package eu.clusterbridge.accounts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import eu.clusterbridge.accounts.PlatformRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who can sign in: e-mail (their user name), display name, password hash and platform roles. */
@Entity
@Table(name = "accounts_account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "platform_roles")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> platformRoles = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash) {
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    /** E-mail addresses compare case-insensitively: one account per address. */
    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isVerified() { return verifiedAt != null; }

    public Set<PlatformRole> getPlatformRoles() {
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        platformRoles.forEach(role -> roles.add(PlatformRole.valueOf(role)));
        return roles;
    }

    public void markVerified() {
        if (verifiedAt == null) {
            verifiedAt = Instant.now();
        }
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void grant(PlatformRole role) {
        if (!platformRoles.contains(role.name())) {
            platformRoles = new ArrayList<>(platformRoles);
            platformRoles.add(role.name());
        }
    }

    public void revoke(PlatformRole role) {
        platformRoles = new ArrayList<>(platformRoles);
        platformRoles.remove(role.name());
    }
}
