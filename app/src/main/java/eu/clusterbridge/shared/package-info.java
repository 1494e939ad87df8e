/**
 * Shared kernel: the few value types every module speaks — where a fact comes from ({@link eu.clusterbridge.shared.Source}),
 * "not found" and "invalid input" as exceptions the web layer turns into 404 and 400 answers, readable keys
 * ({@link eu.clusterbridge.shared.Slugs}). Holds no state and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package eu.clusterbridge.shared;
