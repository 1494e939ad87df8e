package eu.clusterbridge.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes: bcrypt for new ones, behind Spring Security's {@code {id}} prefix so that a later, stronger
 * encoder can take over without a migration. Declared here, not with the web security rules, because the
 * command-line runs (export/import, no web server) also create the bootstrap administrator.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
