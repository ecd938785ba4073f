/** EventAdmin topics and property keys posted by the case core. Events carry ids, never entities. */
@Version("1.1.0")
package org.tiaojie.cases.api.event;

import org.osgi.annotation.versioning.Version;
