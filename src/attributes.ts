/** The vocabulary of ISO/IEC 27002:2022: themes and attribute values, as the reference data spells them. */

export const THEMES = ['organizational', 'people', 'physical', 'technological'] as const
export type Theme = (typeof THEMES)[number]

export const ATTRIBUTE_VALUES = {
  control_type: ['Preventive', 'Detective', 'Corrective'],
  security_properties: ['Confidentiality', 'Integrity', 'Availability'],
  cybersecurity_concepts: ['Identify', 'Protect', 'Detect', 'Respond', 'Recover'],
  operational_capabilities: [
    'Governance',
    'Asset_management',
    'Information_protection',
    'Human_resource_security',
    'Physical_security',
    'System_and_network_security',
    'Application_security',
    'Secure_configuration',
    'Identity_and_access_management',
    'Threat_and_vulnerability_management',
    'Continuity',
    'Supplier_relationships_security',
    'Legal_and_compliance',
    'Information_security_event_management',
    'Information_security_assurance'
  ],
  security_domains: ['Governance_and_Ecosystem', 'Protection', 'Defence', 'Resilience']
} as const
export type AttributeKey = keyof typeof ATTRIBUTE_VALUES
export const ATTRIBUTE_KEYS = Object.keys(ATTRIBUTE_VALUES) as AttributeKey[]
export type Attributes = { [K in AttributeKey]: string[] }

/** Compares dotted numbers numerically: 5.2 < 5.10, 9.2 < 9.2.1. */
export function compareIds(a: string, b: string): number {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1)
    if (d) return d
  }
  return 0
}
