/*
 * Tokens of the gilpy Python subset. Layout (INDENT/DEDENT, newlines inside brackets) is
 * handled by PythonLexerBase, which watches the token stream; this file has no actions.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// Keywords
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';
// Soft keywords: the parser also accepts them as names.
MATCH    : 'match';
CASE     : 'case';
TYPE     : 'type';

NEWLINE : ( '\r'? '\n' | '\r' | '\f' ) [ \t\f]* ;

STRING : STRING_PREFIX? ( LONG_STRING | SHORT_STRING ) ;

NUMBER : IMAG_NUMBER | FLOAT_NUMBER | INTEGER ;

NAME : ID_START ID_CONTINUE* ;

// Operators and delimiters, longest first where prefixes overlap.
ELLIPSIS    : '...';
DOT         : '.';
STAR_STAR_ASSIGN : '**=';
SLASH_SLASH_ASSIGN : '//=';
LEFT_SHIFT_ASSIGN : '<<=';
RIGHT_SHIFT_ASSIGN : '>>=';
POWER       : '**';
FLOOR_DIV   : '//';
LEFT_SHIFT  : '<<';
RIGHT_SHIFT : '>>';
ARROW       : '->';
WALRUS      : ':=';
ADD_ASSIGN  : '+=';
SUB_ASSIGN  : '-=';
MULT_ASSIGN : '*=';
AT_ASSIGN   : '@=';
DIV_ASSIGN  : '/=';
MOD_ASSIGN  : '%=';
AND_ASSIGN  : '&=';
OR_ASSIGN   : '|=';
XOR_ASSIGN  : '^=';
EQUALS      : '==';
NOT_EQ      : '!=';
LESS_EQ     : '<=';
GREATER_EQ  : '>=';
LESS        : '<';
GREATER     : '>';
ASSIGN      : '=';
OPEN_PAREN  : '(';
CLOSE_PAREN : ')';
OPEN_BRACK  : '[';
CLOSE_BRACK : ']';
OPEN_BRACE  : '{';
CLOSE_BRACE : '}';
COMMA       : ',';
COLON       : ':';
SEMI_COLON  : ';';
STAR        : '*';
ADD         : '+';
MINUS       : '-';
DIV         : '/';
MOD         : '%';
AT          : '@';
OR_OP       : '|';
XOR         : '^';
AND_OP      : '&';
NOT_OP      : '~';

SKIP_ : ( [ \t]+ | COMMENT | LINE_JOINING ) -> skip ;

// Anything else is reported by the parser as invalid syntax at that character.
ERROR_CHAR : . ;

fragment COMMENT : '#' ~[\r\n\f]* ;
fragment LINE_JOINING : '\\' [ \t]* ( '\r'? '\n' | '\r' | '\f' ) ;

fragment STRING_PREFIX : [rRuUbBfF] | [rR] [bBfF] | [bBfF] [rR] ;
fragment SHORT_STRING
  : '\'' ( '\\' . | ~[\\\r\n'] )* '\''
  | '"' ( '\\' . | ~[\\\r\n"] )* '"'
  ;
fragment LONG_STRING
  : '\'\'\'' ( '\\' . | . )*? '\'\'\''
  | '"""' ( '\\' . | . )*? '"""'
  ;

fragment INTEGER : DEC_INTEGER | OCT_INTEGER | HEX_INTEGER | BIN_INTEGER ;
fragment DEC_INTEGER : [1-9] ( '_'? [0-9] )* | '0' ( '_'? '0' )* ;
fragment OCT_INTEGER : '0' [oO] ( '_'? [0-7] )+ ;
fragment HEX_INTEGER : '0' [xX] ( '_'? [0-9a-fA-F] )+ ;
fragment BIN_INTEGER : '0' [bB] ( '_'? [01] )+ ;
fragment DIGITS : [0-9] ( '_'? [0-9] )* ;
fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT : DIGITS? '.' DIGITS | DIGITS '.' ;
fragment EXPONENT_FLOAT : ( DIGITS | POINT_FLOAT ) [eE] [+-]? DIGITS ;
fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGITS ) [jJ] ;

fragment ID_START : [\p{L}\p{Nl}_] ;
fragment ID_CONTINUE : [\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}] ;
