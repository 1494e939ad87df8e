package eu.clusterbridge;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold: no cycles, no access to another module's internals. Also writes the module docs. */
class ModularityTests {

    /** Only production code counts: tests may reach into any module (they sit in any build folder). */
    private static final DescribedPredicate<JavaClass> TEST_CODE = DescribedPredicate.describe("test code",
            type -> type.getSource().map(source -> source.getUri().toString().contains("test-classes")).orElse(false));

    /** The scheduler is a library of its own Maven module (no Spring), used as a whole, not an application module. */
    private static final DescribedPredicate<JavaClass> SCHEDULER_LIBRARY = DescribedPredicate.describe("the scheduler library",
            type -> type.getPackageName().startsWith("eu.clusterbridge.scheduler"));

    private final ApplicationModules modules = ApplicationModules.of(ClusterBridgeApplication.class, TEST_CODE.or(SCHEDULER_LIBRARY));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
