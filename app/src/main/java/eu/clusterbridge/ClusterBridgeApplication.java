package eu.clusterbridge;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * ClusterBridge: one Spring Boot application made of modules, one top-level package each. Started with
 * {@code export ...} or {@code import ...} it runs that data command without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClusterBridgeApplication {

    /** First program arguments that run a data command (see the seeddata module's DataCommand) instead of the web server. */
    public static final Set<String> DATA_COMMANDS = Set.of("export", "import");

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ClusterBridgeApplication.class);
        if (args.length > 0 && DATA_COMMANDS.contains(args[0])) {
            application.setWebApplicationType(WebApplicationType.NONE);
            ConfigurableApplicationContext context = application.run(args);
            System.exit(SpringApplication.exit(context));
        }
        application.run(args);
    }
}
