<?xml version="1.0" encoding="UTF-8"?>
<!--
  Runs both rule sets (CEN EN 16931 and Peppol BIS Billing 3.0) on every *.xml document in the folder $documents,
  in one Saxon run, and writes one line per fatal assert or warning: file, flag, rule id, text. OrderFlow's own.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xsl:output method="text"/>
  <xsl:param name="documents" as="xs:string" required="yes"/>
  <xsl:variable name="rules" select="('xsl/CEN-EN16931-UBL.xsl', 'xsl/PEPPOL-EN16931-UBL.xsl')"/>

  <xsl:template name="xsl:initial-template">
    <xsl:for-each select="uri-collection($documents || '?select=*.xml')">
      <xsl:variable name="file" select="tokenize(., '/')[last()]"/>
      <xsl:variable name="document" select="doc(.)"/>
      <xsl:text>checked&#9;</xsl:text><xsl:value-of select="$file"/><xsl:text>&#10;</xsl:text>
      <xsl:for-each select="$rules">
        <xsl:variable name="report" select="transform(map {
            'stylesheet-location': resolve-uri(., static-base-uri()),
            'source-node': $document })?output"/>
        <xsl:for-each select="$report//svrl:failed-assert">
          <xsl:value-of select="string-join(($file, (@flag, 'fatal')[1], @id, normalize-space(svrl:text)), '&#9;')"/>
          <xsl:text>&#10;</xsl:text>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
