import type { AttributeKey, Theme } from './attributes'

/** Japanese display labels for the reference's English attribute values. */

export const THEME_LABELS: Record<Theme, string> = {
  organizational: '組織的管理策',
  people: '人的管理策',
  physical: '物理的管理策',
  technological: '技術的管理策'
}

export const ATTRIBUTE_LABELS: Record<AttributeKey, string> = {
  control_type: '管理策タイプ',
  security_properties: '情報セキュリティ特性',
  cybersecurity_concepts: 'サイバーセキュリティ概念',
  operational_capabilities: '運用能力',
  security_domains: 'セキュリティドメイン'
}

export const VALUE_LABELS: Record<string, string> = {
  Preventive: '予防的',
  Detective: '検知的',
  Corrective: '是正的',
  Confidentiality: '機密性',
  Integrity: '完全性',
  Availability: '可用性',
  Identify: '識別',
  Protect: '防御',
  Detect: '検知',
  Respond: '対応',
  Recover: '復旧',
  Governance: 'ガバナンス',
  Asset_management: '資産管理',
  Information_protection: '情報保護',
  Human_resource_security: '人的資源のセキュリティ',
  Physical_security: '物理的セキュリティ',
  System_and_network_security: 'システム及びネットワークのセキュリティ',
  Application_security: 'アプリケーションのセキュリティ',
  Secure_configuration: 'セキュアな構成',
  Identity_and_access_management: '識別情報及びアクセスの管理',
  Threat_and_vulnerability_management: '脅威及びぜい弱性の管理',
  Continuity: '継続性',
  Supplier_relationships_security: '供給者関係のセキュリティ',
  Legal_and_compliance: '法令及び規制の順守',
  Information_security_event_management: '情報セキュリティ事象管理',
  Information_security_assurance: '情報セキュリティ保証',
  Governance_and_Ecosystem: 'ガバナンス及びエコシステム',
  Protection: '保護',
  Defence: '防衛',
  Resilience: '回復力'
}

export const valueLabel = (value: string) => VALUE_LABELS[value] ?? value
