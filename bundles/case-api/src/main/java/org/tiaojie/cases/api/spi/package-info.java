/**
 * Plug-in contracts (whiteboard). Plug-ins register these as OSGi services with the documented
 * service properties; the core finds them in the service registry and copes with them coming and going.
 */
@Version("3.1.0")
package org.tiaojie.cases.api.spi;

import org.osgi.annotation.versioning.Version;
